package org.acme.violations.api.lists;

import java.util.List;
import org.acme.violations.api.items.ItemLinks;

public record ListLinks(String self, List<ItemLinks> items) {}
