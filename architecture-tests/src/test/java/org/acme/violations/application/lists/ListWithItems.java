package org.acme.violations.application.lists;

import java.util.List;
import org.acme.violations.application.items.ItemInList;

public record ListWithItems(String title, List<ItemInList> items) {}
