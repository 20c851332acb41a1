package io.github.webex4j.emulator.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The emulated Webex org: one store per resource family, an injected clock and id source, and the
 * single lock that makes every request atomic. Handlers run under {@link #locked(Supplier)}; stores
 * are not thread-safe on their own.
 *
 * <p>To add a family, add one line to the store list below ({@code public final XStore x =
 * register(new XStore(this));}). A store that needs initial data overrides {@link Store#seed()}.
 */
public final class World {
  private final ReentrantLock lock = new ReentrantLock();
  private final List<Store> stores = new ArrayList<>();
  private final List<Consumer<DomainEvent>> listeners = new CopyOnWriteArrayList<>();
  private final Clock clock;
  private final Ids ids;
  private final Timestamps timestamps;
  private final String adminToken;
  private final String adminEmail;
  private final SpillDirectory spill = new SpillDirectory();
  private String orgId;
  private String appId;
  private Person admin;
  private Function<StoreChange, DomainEvent> eventRenderer = change -> null;
  private String defaultApiRoot = "http://127.0.0.1/v1";
  private String requestApiRoot;

  // ---- Store composition: one line per family. ----
  public final PeopleStore people = register(new PeopleStore(this));
  public final RoomStore rooms = register(new RoomStore(this));
  public final RoomTabStore roomTabs = register(new RoomTabStore(this));
  public final MembershipStore memberships = register(new MembershipStore(this));
  public final MessageStore messages = register(new MessageStore(this));
  public final AttachmentActionStore attachmentActions = register(new AttachmentActionStore(this));
  public final TeamStore teams = register(new TeamStore(this));
  public final TeamMembershipStore teamMemberships = register(new TeamMembershipStore(this));
  public final WebhookStore webhooks = register(new WebhookStore(this));
  public final EventStore events = register(new EventStore(this));
  public final OrganizationStore organizations = register(new OrganizationStore(this));
  public final RoleStore roles = register(new RoleStore(this));
  public final LicenseStore licenses = register(new LicenseStore(this));
  public final GroupStore groups = register(new GroupStore(this));
  public final MeetingStore meetings = register(new MeetingStore(this));
  public final RegistrantStore registrants = register(new RegistrantStore(this));
  public final RecordingStore recordings = register(new RecordingStore(this));
  public final GuestIssuerStore guestIssuers = register(new GuestIssuerStore(this));
  public final AdminAuditStore adminAudit = register(new AdminAuditStore(this));

  /**
   * Creates and seeds a world.
   *
   * @param clock the time source for every timestamp
   * @param uuids the UUID source behind every id
   * @param adminToken the bearer token of the seeded admin
   * @param adminEmail the seeded admin's email
   */
  public World(Clock clock, Supplier<UUID> uuids, String adminToken, String adminEmail) {
    this.clock = clock;
    this.ids = new Ids(uuids);
    this.timestamps = new Timestamps(clock);
    this.adminToken = adminToken;
    this.adminEmail = adminEmail;
    locked(
        () -> {
          seed();
          return null;
        });
  }

  private <S extends Store> S register(S store) {
    stores.add(store);
    return store;
  }

  /** Runs {@code action} holding the world lock and returns its result. */
  public <T> T locked(Supplier<T> action) {
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  /** Forgets everything and seeds a fresh org with the same admin token. */
  public void reset() {
    locked(
        () -> {
          stores.forEach(Store::clear);
          seed();
          return null;
        });
  }

  /**
   * Replaces the whole state atomically: forgets everything, seeds a fresh org and runs {@code
   * loader} (e.g. a snapshot import). When the loader fails the world is left freshly seeded and
   * the failure is rethrown.
   */
  public void replace(Consumer<World> loader) {
    locked(
        () -> {
          stores.forEach(Store::clear);
          seed();
          try {
            loader.accept(this);
          } catch (RuntimeException e) {
            stores.forEach(Store::clear);
            seed();
            throw e;
          }
          return null;
        });
  }

  private void seed() {
    orgId = ids.next("ORGANIZATION");
    appId = Ids.encode("APPLICATION", ids.uuid().toString());
    admin = people.create(adminEmail, "Emulator Admin", "person");
    admin.firstName = "Emulator";
    admin.lastName = "Admin";
    admin.roles.add(PeopleStore.FULL_ADMIN_ROLE_ID);
    admin.complianceOfficer = true;
    people.registerToken(adminToken, admin);
    stores.forEach(Store::seed);
  }

  /**
   * Runs {@code action} holding the world lock for a request that reached the API at {@code
   * apiRoot} (e.g. {@code http://127.0.0.1:8080/v1}): events rendered meanwhile build their links
   * on it, as the request's own answer does.
   */
  public <T> T lockedFor(String apiRoot, Supplier<T> action) {
    return locked(
        () -> {
          String outer = requestApiRoot;
          requestApiRoot = apiRoot;
          try {
            return action.get();
          } finally {
            requestApiRoot = outer;
          }
        });
  }

  /**
   * The API root links in events are built on: the current request's ({@link #lockedFor}), else the
   * default ({@link #defaultApiRoot(String)}). Call under the lock.
   */
  public String apiRoot() {
    return requestApiRoot != null ? requestApiRoot : defaultApiRoot;
  }

  /** Sets the API root events use outside requests (e.g. the emulator's own base URL). */
  public void defaultApiRoot(String apiRoot) {
    locked(
        () -> {
          defaultApiRoot = apiRoot;
          return null;
        });
  }

  /**
   * Sets how stores' changes become published events (the render layer's job); until it is set,
   * changes publish nothing. The renderer returns null for a change nobody hears about.
   */
  public void renderEventsWith(Function<StoreChange, DomainEvent> renderer) {
    locked(
        () -> {
          eventRenderer = renderer;
          return null;
        });
  }

  /** Stores report what they did here; it is rendered and published at once. */
  void changed(String resource, String type, Person actor, Object subject) {
    DomainEvent event = eventRenderer.apply(new StoreChange(resource, type, actor, subject));
    if (event != null) {
      publish(event);
    }
  }

  /** Publishes an event to the event log and every listener (webhook delivery). */
  public void publish(DomainEvent event) {
    events.record(event);
    listeners.forEach(listener -> listener.accept(event));
  }

  /** Adds a listener called (under the lock) for every published event. */
  public void addListener(Consumer<DomainEvent> listener) {
    listeners.add(listener);
  }

  /**
   * A 32-byte key for {@code purpose} (e.g. signing download tickets), derived from the admin
   * token: stable across {@link #reset()}, unguessable without the token.
   */
  public byte[] derivedKey(String purpose) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((purpose + ":" + adminToken).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** The temporary directory for large file contents; deleted by {@link #close()}. */
  public SpillDirectory spill() {
    return spill;
  }

  /** Deletes spilled files; the world must not be used afterwards. */
  public void close() {
    spill.close();
  }

  /** The id factory. */
  public Ids ids() {
    return ids;
  }

  /** The unique-timestamp source. */
  public Timestamps timestamps() {
    return timestamps;
  }

  /** The injected clock. */
  public Clock clock() {
    return clock;
  }

  /** The id of the one emulated org. */
  public String orgId() {
    return orgId;
  }

  /** The application id reported on webhooks. */
  public String appId() {
    return appId;
  }

  /** The seeded admin (full admin, compliance officer, meeting host). */
  public Person admin() {
    return admin;
  }
}
