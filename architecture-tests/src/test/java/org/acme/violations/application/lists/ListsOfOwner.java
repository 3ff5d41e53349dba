package org.acme.violations.application.lists;

import java.util.List;
import org.acme.violations.application.common.mediator.Query;

public record ListsOfOwner(String owner) implements Query<List<String>> {}
