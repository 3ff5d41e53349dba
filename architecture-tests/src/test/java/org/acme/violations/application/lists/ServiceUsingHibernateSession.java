package org.acme.violations.application.lists;

import org.hibernate.Session;

public class ServiceUsingHibernateSession {

  private final Session session;

  ServiceUsingHibernateSession(Session session) {
    this.session = session;
  }

  void saveChanges() {
    session.flush();
  }
}
