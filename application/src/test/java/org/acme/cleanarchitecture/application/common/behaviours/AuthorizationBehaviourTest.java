package org.acme.cleanarchitecture.application.common.behaviours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.acme.cleanarchitecture.application.common.exceptions.ForbiddenAccessException;
import org.acme.cleanarchitecture.application.common.exceptions.UnauthorizedAccessException;
import org.acme.cleanarchitecture.application.common.mediator.MediatorConfigurationException;
import org.acme.cleanarchitecture.application.common.mediator.Query;
import org.acme.cleanarchitecture.application.common.security.AllowAnonymous;
import org.acme.cleanarchitecture.application.common.security.Authorize;
import org.acme.cleanarchitecture.application.common.security.Policies;
import org.acme.cleanarchitecture.application.common.security.Roles;
import org.acme.cleanarchitecture.application.testsupport.FakeCurrentUser;
import org.acme.cleanarchitecture.application.todolists.commands.purgetodolists.PurgeTodoListsCommand;
import org.junit.jupiter.api.Test;

class AuthorizationBehaviourTest {

  private static final String AUDITOR = "Auditor";

  @AllowAnonymous
  record GetOpeningHours() implements Query<String> {}

  record GetProfile() implements Query<String> {}

  @Authorize(roles = {Roles.ADMINISTRATOR, AUDITOR})
  record GetAuditTrail() implements Query<String> {}

  @Authorize(roles = AUDITOR, policy = Policies.CAN_PURGE)
  record GetPurgeHistory() implements Query<String> {}

  @AllowAnonymous
  @Authorize(roles = AUDITOR)
  record GetConflictingAnswer() implements Query<String> {}

  @Authorize(policy = "CanFly")
  record GetFlightPlan() implements Query<String> {}

  private final AuthorizationBehaviour forAnonymous =
      new AuthorizationBehaviour(FakeCurrentUser.anonymous());
  private final AuthorizationBehaviour forUser =
      new AuthorizationBehaviour(FakeCurrentUser.user("ada"));
  private final AuthorizationBehaviour forAuditor =
      new AuthorizationBehaviour(FakeCurrentUser.user("ada", AUDITOR));
  private final AuthorizationBehaviour forAdministrator =
      new AuthorizationBehaviour(FakeCurrentUser.user("ada", Roles.ADMINISTRATOR));

  @Test
  void shouldNotWrapRequestMarkedAllowAnonymous() {
    assertThat(forAnonymous.appliesTo(GetOpeningHours.class)).isFalse();
  }

  @Test
  void shouldWrapRequestWithoutAnyAnnotation() {
    assertThat(forAnonymous.appliesTo(GetProfile.class)).isTrue();
  }

  @Test
  void shouldWrapRequestMarkedAuthorize() {
    assertThat(forAnonymous.appliesTo(GetAuditTrail.class)).isTrue();
  }

  @Test
  void shouldHoldRequestMarkedBothWaysToTheStricterAnnotation() {
    assertThatThrownBy(() -> forAnonymous.handle(new GetConflictingAnswer(), () -> "answer"))
        .isInstanceOf(UnauthorizedAccessException.class);
    assertThat(forAnonymous.appliesTo(GetConflictingAnswer.class)).isTrue();
  }

  @Test
  void shouldRefuseToWrapRequestRequiringAnUndefinedPolicy() {
    assertThatThrownBy(() -> forAnonymous.appliesTo(GetFlightPlan.class))
        .isInstanceOf(MediatorConfigurationException.class)
        .hasMessageContaining(GetFlightPlan.class.getName())
        .hasMessageContaining("CanFly");
  }

  @Test
  void shouldRefuseAnonymousCallerOfRequestWithoutAnyAnnotation() {
    assertThatThrownBy(() -> forAnonymous.handle(new GetProfile(), () -> "profile"))
        .isInstanceOf(UnauthorizedAccessException.class);
  }

  @Test
  void shouldLetAnyAuthenticatedCallerThroughWhenNoRoleIsRequired() {
    assertThat(forUser.handle(new GetProfile(), () -> "profile")).isEqualTo("profile");
  }

  @Test
  void shouldRefuseAnonymousCallerOfRequestMarkedAuthorize() {
    assertThatThrownBy(() -> forAnonymous.handle(new GetAuditTrail(), () -> "trail"))
        .isInstanceOf(UnauthorizedAccessException.class);
  }

  @Test
  void shouldLetCallerWithAnyOneOfTheRolesThrough() {
    assertThat(forAuditor.handle(new GetAuditTrail(), () -> "trail")).isEqualTo("trail");
  }

  @Test
  void shouldForbidCallerWithNoneOfTheRoles() {
    assertThatThrownBy(() -> forUser.handle(new GetAuditTrail(), () -> "trail"))
        .isInstanceOf(ForbiddenAccessException.class);
  }

  @Test
  void shouldForbidCallerWithTheRoleWhoFailsAPolicy() {
    assertThatThrownBy(() -> forAuditor.handle(new GetPurgeHistory(), () -> "history"))
        .isInstanceOf(ForbiddenAccessException.class);
  }

  @Test
  void shouldLetCallerWithTheRoleWhoSatisfiesEveryPolicyThrough() {
    var auditingAdministrator =
        new AuthorizationBehaviour(FakeCurrentUser.user("ada", AUDITOR, Roles.ADMINISTRATOR));

    assertThat(auditingAdministrator.handle(new GetPurgeHistory(), () -> "history"))
        .isEqualTo("history");
  }

  // sample:begin
  @Test
  void shouldLetAdministratorPurge() {
    assertThatCode(() -> forAdministrator.handle(new PurgeTodoListsCommand(), () -> null))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldDenyNonAdministrator() {
    assertThatThrownBy(() -> forUser.handle(new PurgeTodoListsCommand(), () -> null))
        .isInstanceOf(ForbiddenAccessException.class);
  }
  // sample:end
}
