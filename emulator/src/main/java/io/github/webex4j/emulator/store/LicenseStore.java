package io.github.webex4j.emulator.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The licenses of the home org and who holds them. Consumption is counted from {@link
 * Person#licenses}, so licenses given through the People API count too. Attendee site URLs assigned
 * with {@code PATCH /licenses/users} are kept here per person.
 */
public final class LicenseStore implements Store {
  /** The meeting site every emulated meeting, license and recording refers to. */
  public static final String SITE_URL = "emulator-example.webex.com";

  /** Site type of {@link #SITE_URL}, one of the documented enum values. */
  public static final String SITE_TYPE = "Control Hub managed site";

  /**
   * One license. {@code implicit} licenses cannot be removed; {@code calling} licenses need a phone
   * number or extension.
   */
  public record License(
      String id,
      String orgId,
      String name,
      int totalUnits,
      String subscriptionId,
      String siteUrl,
      boolean implicit,
      boolean calling) {}

  /**
   * The outcome of one license assignment request.
   *
   * @param person the person changed
   * @param skipped license ids that could not be applied because no units were left
   */
  public record Assignment(Person person, List<String> skipped) {}

  /** One requested change for {@link #assign}. */
  public record LicenseChange(String licenseId, boolean add, boolean hasNumberOrExtension) {}

  /** One requested attendee site change for {@link #assign}. */
  public record SiteChange(String siteUrl, boolean add) {}

  /** A seeded license: offer codes are [?] modelled on the observed {@code MS_} messaging offer. */
  private record Seed(
      String name, String offer, int units, String siteUrl, boolean implicit, boolean calling) {}

  /**
   * The catalogue of a paid org with messaging, meetings and calling. "Messaging", "Meeting - Webex
   * Meeting Center", "Screen Share" and "Webex Calling - Professional" come from the official
   * examples and error texts; the others are names a paid org shows in Control Hub [?] ("Hybrid -
   * Exchange Calendar" is quoted by public admin scripts), with offer codes and unit counts [?].
   */
  private static final List<Seed> SEED =
      List.of(
          new Seed("Messaging", "MS", 1000, null, false, false),
          new Seed("Advanced Messaging", "MSGR", 1000, null, false, false),
          new Seed("Meeting - Webex Meeting Center", "MC", 50, SITE_URL, false, false),
          new Seed("Meeting - Webex Enterprise Edition", "EE", 50, SITE_URL, false, false),
          new Seed("Screen Share", "SS", 1000, null, true, false),
          new Seed("Hybrid - Exchange Calendar", "SQ", 1000, null, false, false),
          new Seed("Webex Calling - Professional", "BCOCO", 2, null, false, true),
          new Seed("Webex Calling - Basic", "BCSTD", 10, null, false, true));

  private final World world;
  private final Map<String, License> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> attendeeSites = new LinkedHashMap<>();

  LicenseStore(World world) {
    this.world = world;
  }

  @Override
  public void clear() {
    byId.clear();
    attendeeSites.clear();
  }

  @Override
  public void seed() {
    String orgUuid = Ids.localPart(world.orgId(), "ORGANIZATION").orElseThrow();
    for (Seed seed : SEED) {
      String local = orgUuid + ":" + seed.offer() + "_" + world.ids().uuid();
      License license =
          new License(
              Ids.encode("LICENSE", local),
              world.orgId(),
              seed.name(),
              seed.units(),
              "Sub-emulator",
              seed.siteUrl(),
              seed.implicit(),
              seed.calling());
      byId.put(license.id(), license);
    }
    Person admin = world.admin();
    for (License license : byId.values()) {
      if (!license.calling() && !admin.licenses.contains(license.id())) {
        admin.licenses.add(license.id());
      }
    }
  }

  /** The licenses of {@code orgId} in a stable order (empty for an unknown org). */
  public List<License> forOrg(String orgId) {
    return byId.values().stream().filter(l -> l.orgId().equals(orgId)).toList();
  }

  /** The license with {@code id}, if any. */
  public Optional<License> find(String id) {
    return Optional.ofNullable(id == null ? null : byId.get(id));
  }

  /** The people holding {@code license}, oldest first. */
  public List<Person> holders(License license) {
    return world.people.all().stream().filter(p -> p.licenses.contains(license.id())).toList();
  }

  /** The attendee site URLs assigned to {@code person}. */
  public List<String> attendeeSites(Person person) {
    return new ArrayList<>(attendeeSites.getOrDefault(person.id, Set.of()));
  }

  /**
   * Applies license and attendee-site changes that {@code actor} asked for to {@code person}
   * (recorded in the admin audit log when the licenses changed). Every change is validated first
   * and a bad one fails the whole request with 400 (unknown license, removing an implicit license,
   * a calling license without number or extension, an unknown site). Adding a license that has no
   * unit left is skipped and reported in {@link Assignment#skipped()} (the caller answers 206) [?]:
   * which situations the live API reports as partial is not documented.
   */
  public Assignment assign(
      Person actor, Person person, List<LicenseChange> changes, List<SiteChange> sites) {
    List<String> before = List.copyOf(person.licenses);
    for (LicenseChange change : changes) {
      License license =
          find(change.licenseId())
              .orElseThrow(
                  () ->
                      RuleViolation.badRequest(
                          "License not recognized " + change.licenseId(), 400000));
      if (!change.add() && license.implicit()) {
        throw RuleViolation.badRequest(
            "Screen Share " + license.id() + " is implicitly assigned and cannot be removed",
            700006);
      }
      if (change.add() && license.calling() && !change.hasNumberOrExtension()) {
        throw RuleViolation.badRequest(
            "Each Webex Calling license should contain its own calling properties. The following"
                + " license(s) do not have properties: "
                + license.id(),
            400411);
      }
    }
    for (SiteChange site : sites) {
      boolean known = byId.values().stream().anyMatch(l -> site.siteUrl().equals(l.siteUrl()));
      if (!known) {
        throw RuleViolation.badRequest(
            "Request contains invalid attendee siteUrls: " + site.siteUrl(), 400216);
      }
    }
    List<String> skipped = new ArrayList<>();
    for (LicenseChange change : changes) {
      License license = byId.get(change.licenseId());
      if (!change.add()) {
        person.licenses.remove(license.id());
      } else if (!person.licenses.contains(license.id())) {
        if (holders(license).size() >= license.totalUnits()) {
          skipped.add(license.id());
        } else {
          person.licenses.add(license.id());
        }
      }
    }
    Set<String> assigned = attendeeSites.computeIfAbsent(person.id, k -> new LinkedHashSet<>());
    for (SiteChange site : sites) {
      if (site.add()) {
        assigned.add(site.siteUrl());
      } else {
        assigned.remove(site.siteUrl());
      }
    }
    person.lastModified = world.timestamps().next();
    if (!person.licenses.equals(before)) {
      world.people.auditLicenses(actor, person);
    }
    return new Assignment(person, List.copyOf(skipped));
  }
}
