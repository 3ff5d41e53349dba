package org.acme.violations.application.common.ports;

import org.acme.violations.application.users.UserAccount;

public interface CurrentUser {

  UserAccount account();
}
