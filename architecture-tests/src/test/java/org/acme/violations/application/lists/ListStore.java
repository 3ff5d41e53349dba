package org.acme.violations.application.lists;

/** A port: the application states what it needs, the infrastructure provides it. */
public interface ListStore {

  long add(String title);
}
