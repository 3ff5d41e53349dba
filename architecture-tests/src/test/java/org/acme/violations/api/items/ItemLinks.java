package org.acme.violations.api.items;

import org.acme.violations.api.lists.ListLinks;

public record ItemLinks(String self, ListLinks list) {}
