package org.acme.violations.application.lists;

public class ExportListHandler {

  String export(long listId) {
    return "list " + listId;
  }
}
