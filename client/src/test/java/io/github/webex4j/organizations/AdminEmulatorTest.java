package io.github.webex4j.organizations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.ApiErrorItem;
import io.github.webex4j.BadRequestException;
import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexApiException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.licenses.License;
import io.github.webex4j.licenses.LicenseAssignParams;
import io.github.webex4j.licenses.LicenseAssignment;
import io.github.webex4j.licenses.LicenseChange;
import io.github.webex4j.licenses.LicenseGetParams;
import io.github.webex4j.licenses.LicenseProperties;
import io.github.webex4j.licenses.LicenseUser;
import io.github.webex4j.licenses.SiteUrlChange;
import io.github.webex4j.roles.Role;
import io.github.webex4j.rooms.EmulatorClients;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Organizations, roles and licenses against the in-process emulator. */
class AdminEmulatorTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static WebexClient admin;
  private static WebexClient user;

  @BeforeAll
  static void start() {
    admin = clients.clientFor(clients.emulator().adminToken());
    user = clients.clientFor(clients.emulator().createPerson("u@example.com", "U").token());
  }

  private static void assertTracked(WebexApiException e) {
    assertThat(e.trackingId()).isNotBlank();
  }

  @Test
  void organizationsListGetAndRefusedDelete() {
    List<Organization> orgs = admin.organizations().list();

    assertThat(orgs).isNotEmpty();
    Organization home = admin.organizations().get(orgs.get(0).id());
    assertThat(home.displayName()).isEqualTo(orgs.get(0).displayName());
    assertThat(home.created()).isNotNull();
    assertThatThrownBy(() -> admin.organizations().delete(home.id()))
        .isInstanceOfSatisfying(ConflictException.class, AdminEmulatorTest::assertTracked);
    assertThatThrownBy(
            () -> admin.organizations().get("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9ub3Bl"))
        .isInstanceOfSatisfying(NotFoundException.class, AdminEmulatorTest::assertTracked);
    assertThatThrownBy(
            () -> admin.organizations().delete("Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9ub3Bl"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> user.organizations().list())
        .isInstanceOfSatisfying(ForbiddenException.class, AdminEmulatorTest::assertTracked);
  }

  @Test
  void refusedLicenseChangeCarriesTheErrorCode() {
    String personId = admin.people().me().id();

    assertThatThrownBy(
            () ->
                admin
                    .licenses()
                    .assign(
                        LicenseAssignParams.builder()
                            .personId(personId)
                            .siteUrl(SiteUrlChange.addAttendee("nowhere.webex.com"))
                            .build()))
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.errors()).extracting(ApiErrorItem::errorCode).containsExactly("400216");
              assertThat(e.errors().get(0).description()).contains("nowhere.webex.com");
              assertThat(e.errors().get(0).raw()).containsEntry("errorCode", 400216);
            });
  }

  @Test
  void rolesListAndGet() {
    List<Role> roles = admin.roles().list();

    assertThat(roles).extracting(Role::name).contains("Full Administrator");
    assertThat(admin.roles().get(roles.get(0).id())).isEqualTo(roles.get(0));
    assertThatThrownBy(() -> admin.roles().get("Y2lzY29zcGFyazovL3VzL1JPTEUvbm9wZQ"))
        .isInstanceOfSatisfying(NotFoundException.class, AdminEmulatorTest::assertTracked);
    assertThatThrownBy(() -> user.roles().list()).isInstanceOf(ForbiddenException.class);
  }

  @Test
  void licensesListGetAssignedUsersAndAssign() {
    String orgId = admin.organizations().list().get(0).id();
    List<License> licenses = admin.licenses().list();
    assertThat(admin.licenses().list(orgId)).isEqualTo(licenses);
    License messaging = byName(licenses, "Messaging");
    for (int i = 0; i < 5; i++) {
      EmulatedPerson person =
          clients.emulator().createPerson("lic" + i + "@example.com", "Lic " + i);
      LicenseAssignment done =
          admin
              .licenses()
              .assign(
                  LicenseAssignParams.builder()
                      .personId(person.id())
                      .license(LicenseChange.add(messaging.id()))
                      .build());
      assertThat(done.partial()).isFalse();
      assertThat(done.licenses()).contains(messaging.id());
    }

    License withUsers = admin.licenses().get(messaging.id(), LicenseGetParams.withUsers(2));
    Page<LicenseUser> first = admin.licenses().assignedUsers(messaging.id(), 2);

    assertThat(withUsers.users()).hasSize(2);
    assertThat(first.items()).hasSize(2);
    List<String> emails = first.autoPager().stream().map(LicenseUser::email).toList();
    assertThat(emails).hasSizeGreaterThanOrEqualTo(6).doesNotHaveDuplicates();
    assertThat(emails).contains("lic0@example.com", "lic4@example.com");
    assertThat(admin.licenses().get(messaging.id()).consumedUnits())
        .isEqualTo((long) emails.size());
    assertThatThrownBy(() -> admin.licenses().get("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uvbm9wZQ"))
        .isInstanceOfSatisfying(NotFoundException.class, AdminEmulatorTest::assertTracked);
    assertThatThrownBy(() -> user.licenses().list()).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () -> admin.licenses().assignedUsers("Y2lzY29zcGFyazovL3VzL0xJQ0VOU0Uvbm9wZQ", 2))
        .isInstanceOfSatisfying(NotFoundException.class, AdminEmulatorTest::assertTracked);
  }

  @Test
  void assignWithoutUnitsLeftIsPartial() {
    License calling = byName(admin.licenses().list(), "Webex Calling - Professional");
    License messaging = byName(admin.licenses().list(), "Messaging");
    LicenseAssignment last = null;
    for (int i = 0; i < 3; i++) {
      EmulatedPerson person =
          clients.emulator().createPerson("call" + i + "@example.com", "Call " + i);
      last =
          admin
              .licenses()
              .assign(
                  LicenseAssignParams.builder()
                      .email(person.email())
                      .license(LicenseChange.add(messaging.id()))
                      .license(
                          LicenseChange.add(
                              calling.id(), new LicenseProperties(null, null, "10" + i)))
                      .build());
    }

    assertThat(last.partial()).isTrue();
    assertThat(last.notApplied()).containsExactly(calling.id());
    assertThat(last.licenses()).contains(messaging.id()).doesNotContain(calling.id());
  }

  @Test
  void refusedLicenseChangeIsBadRequest() {
    License calling = byName(admin.licenses().list(), "Webex Calling - Professional");
    EmulatedPerson person = clients.emulator().createPerson("bad@example.com", "Bad");

    assertThatThrownBy(
            () ->
                admin
                    .licenses()
                    .assign(
                        LicenseAssignParams.builder()
                            .personId(person.id())
                            .license(LicenseChange.add(calling.id()))
                            .build()))
        .isInstanceOfSatisfying(
            io.github.webex4j.BadRequestException.class, AdminEmulatorTest::assertTracked);
  }

  private static License byName(List<License> licenses, String name) {
    return licenses.stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
  }
}
