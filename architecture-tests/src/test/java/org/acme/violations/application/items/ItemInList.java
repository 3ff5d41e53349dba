package org.acme.violations.application.items;

import org.acme.violations.application.lists.ListWithItems;

public record ItemInList(String title, ListWithItems list) {}
