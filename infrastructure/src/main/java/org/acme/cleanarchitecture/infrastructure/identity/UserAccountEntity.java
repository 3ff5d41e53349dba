package org.acme.cleanarchitecture.infrastructure.identity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.acme.cleanarchitecture.application.users.UserAccount;

/**
 * How an account is stored. Accounts are the application's records, not domain objects, so the
 * adapter owns their mapping and converts at its edge.
 */
@Entity
@Table(name = "users")
class UserAccountEntity {

  @Id String id;

  String email;

  @Column(name = "password_hash")
  String passwordHash;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "role")
  Set<String> roles = new HashSet<>();

  static UserAccountEntity from(UserAccount account) {
    var entity = new UserAccountEntity();
    entity.id = account.id();
    entity.email = account.email();
    entity.passwordHash = account.passwordHash();
    entity.roles = new HashSet<>(account.roles());
    return entity;
  }

  UserAccount toAccount() {
    return new UserAccount(id, email, passwordHash, roles);
  }
}
