package io.github.webex4j.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.ConflictException;
import io.github.webex4j.ForbiddenException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.Page;
import io.github.webex4j.WebexClient;
import io.github.webex4j.emulator.EmulatedPerson;
import io.github.webex4j.rooms.EmulatorClients;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** People against the in-process emulator. */
class PeopleTest {
  private static final String MISSING =
      "Y2lzY29zcGFyazovL3VzL1BFT1BMRS8wMDAwMDAwMC0wMDAwLTAwMDAtMDAwMC0wMDAwMDAwMDAwMDA";

  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private EmulatedPerson ana;
  private WebexClient webex;
  private WebexClient admin;

  @BeforeEach
  void setUp() {
    ana = clients.person("Ana");
    webex = clients.clientFor(ana);
    admin = clients.admin();
  }

  @Test
  void meReturnsTheCaller() {
    Person me = webex.people().me();

    assertThat(me.id()).isEqualTo(ana.id());
    assertThat(me.email()).isEqualTo(ana.email());
    assertThat(me.displayName()).isEqualTo("Ana");
    assertThat(me.type()).isEqualTo(PersonType.PERSON);
    assertThat(me.orgId()).isNotBlank();
  }

  @Test
  void searchByEmailDisplayNameAndIds() {
    EmulatedPerson zed = clients.person("Zedekiah");

    assertThat(webex.people().list(PersonListParams.byEmail(zed.email())).items())
        .singleElement()
        .satisfies(p -> assertThat(p.id()).isEqualTo(zed.id()));
    assertThat(webex.people().list(PersonListParams.byDisplayName("Zedek")).items())
        .extracting(Person::id)
        .contains(zed.id());
    assertThat(webex.people().list(PersonListParams.byIds(List.of(zed.id(), ana.id()))).items())
        .extracting(Person::id)
        .containsExactlyInAnyOrder(zed.id(), ana.id());
  }

  @Test
  void lookupReportsIdsNotFound() {
    PersonLookup lookup = webex.people().lookup(List.of(ana.id(), MISSING));

    assertThat(lookup.items()).extracting(Person::id).containsExactly(ana.id());
    assertThat(lookup.notFoundIds()).containsExactly(MISSING);
  }

  @Test
  void listByIdsReportsIdsNotFound() {
    PersonPage page = webex.people().list(PersonListParams.byIds(List.of(ana.id(), MISSING)));

    assertThat(page.items()).extracting(Person::id).containsExactly(ana.id());
    assertThat(page.notFoundIds()).containsExactly(MISSING);
    assertThat(webex.people().list(PersonListParams.byIds(List.of(ana.id()))).notFoundIds())
        .isEmpty();
  }

  @Test
  void searchWithoutFilterIsABadRequestForNonAdmins() {
    assertThatThrownBy(() -> webex.people().list(PersonListParams.builder().build()))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void listsAcrossThreePages() {
    for (int i = 0; i < 5; i++) {
      clients.person("Pager");
    }

    Page<Person> first =
        webex.people().list(PersonListParams.builder().displayName("Pager").pageSize(2).build());
    List<Person> all = first.autoPager().stream().collect(Collectors.toList());

    assertThat(first.items()).hasSize(2);
    assertThat(first.nextPage().hasNextPage()).isTrue();
    assertThat(all.size()).isGreaterThanOrEqualTo(5);
    assertThat(all).allMatch(p -> p.displayName().startsWith("Pager"));
  }

  @Test
  void adminCreatesUpdatesAndDeletes() {
    Person created =
        admin
            .people()
            .create(
                PersonCreateParams.builder()
                    .email("new-hire-" + System.nanoTime() + "@example.com")
                    .displayName("New Hire")
                    .firstName("New")
                    .lastName("Hire")
                    .department("Engineering")
                    .build());
    assertThat(created.displayName()).isEqualTo("New Hire");
    assertThat(admin.people().get(created.id()).email()).isEqualTo(created.email());

    Person updated =
        admin
            .people()
            .update(
                created.id(),
                PersonUpdateParams.builder(created).displayName("Senior Hire").build());
    assertThat(updated.displayName()).isEqualTo("Senior Hire");
    assertThat(updated.email()).isEqualTo(created.email());

    admin.people().delete(created.id());
    assertThatThrownBy(() -> admin.people().get(created.id()))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
  }

  @Test
  void creatingATakenEmailConflicts() {
    assertThatThrownBy(() -> admin.people().create(PersonCreateParams.of(ana.email(), "Twin")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void nonAdminCannotCreateUpdateOrDelete() {
    assertThatThrownBy(
            () ->
                webex
                    .people()
                    .create(PersonCreateParams.of("x-" + System.nanoTime() + "@example.com", "X")))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(
            () ->
                webex
                    .people()
                    .update(ana.id(), PersonUpdateParams.builder().displayName("A").build()))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> webex.people().delete(ana.id()))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void unknownPersonIsNotFound() {
    for (Runnable call :
        List.<Runnable>of(
            () -> admin.people().get(MISSING),
            () ->
                admin
                    .people()
                    .update(MISSING, PersonUpdateParams.builder().displayName("N").build()),
            () -> admin.people().delete(MISSING))) {
      assertThatThrownBy(call::run)
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.trackingId()).isNotBlank());
    }
  }
}
