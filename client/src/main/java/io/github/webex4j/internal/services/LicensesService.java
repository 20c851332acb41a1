package io.github.webex4j.internal.services;

import io.github.webex4j.Page;
import io.github.webex4j.WebexDecodingException;
import io.github.webex4j.WebexIoException;
import io.github.webex4j.internal.LinkHeader;
import io.github.webex4j.internal.Paths;
import io.github.webex4j.internal.Query;
import io.github.webex4j.internal.RawResponse;
import io.github.webex4j.internal.Transport;
import io.github.webex4j.internal.util.Json;
import io.github.webex4j.licenses.License;
import io.github.webex4j.licenses.LicenseAssignParams;
import io.github.webex4j.licenses.LicenseAssignment;
import io.github.webex4j.licenses.LicenseChange;
import io.github.webex4j.licenses.LicenseGetParams;
import io.github.webex4j.licenses.LicenseOperation;
import io.github.webex4j.licenses.LicenseUser;
import io.github.webex4j.licenses.Licenses;
import io.github.webex4j.licenses.SiteAccount;
import io.github.webex4j.licenses.SiteUrlChange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/** {@link Licenses} over the transport. */
public final class LicensesService implements Licenses {
  private static final String PATH = "licenses";
  private static final int PARTIAL_CONTENT = 206;

  private final Transport transport;

  /**
   * @param transport the client's transport
   */
  public LicensesService(Transport transport) {
    this.transport = transport;
  }

  @Override
  public List<License> list() {
    return transport.list(PATH, null, License.class).autoPager().stream().toList();
  }

  @Override
  public List<License> list(String orgId) {
    if (orgId == null || orgId.isBlank()) {
      throw new IllegalArgumentException("orgId must not be blank");
    }
    Query query = Query.create().add("orgId", orgId);
    return transport.list(PATH, query, License.class).autoPager().stream().toList();
  }

  @Override
  public License get(String licenseId) {
    return transport.get(Paths.of(PATH, licenseId), null, License.class);
  }

  @Override
  public License get(String licenseId, LicenseGetParams params) {
    Objects.requireNonNull(params, "params");
    return transport.get(Paths.of(PATH, licenseId), query(params), License.class);
  }

  @Override
  public Page<LicenseUser> assignedUsers(String licenseId, Integer pageSize) {
    LicenseGetParams params = new LicenseGetParams(true, pageSize, null);
    String path = Paths.of(PATH, licenseId) + "?" + query(params).encoded();
    return fetchUsers(path);
  }

  private static Query query(LicenseGetParams params) {
    return Query.create()
        .add("includeAssignedTo", params.includeAssignedTo() ? "user" : null)
        .add("limit", params.limit())
        .add("next", params.next());
  }

  /**
   * The users page of {@code GET /licenses/{id}?includeAssignedTo=user}. The body is a license, not
   * an items envelope, so the raw response is read to see the {@code Link} header.
   */
  private UsersPage fetchUsers(String pathOrUrl) {
    try (RawResponse response = transport.download(pathOrUrl)) {
      String body = new String(response.body().readAllBytes(), StandardCharsets.UTF_8);
      License license;
      try {
        license = Json.read(body, License.class);
      } catch (IOException | RuntimeException e) {
        throw new WebexDecodingException(response.statusCode(), body, e);
      }
      if (license == null) {
        throw new WebexDecodingException(response.statusCode(), body, null);
      }
      Optional<String> next = LinkHeader.next(response.headers().getOrDefault("link", List.of()));
      return new UsersPage(license.users(), next.orElse(null));
    } catch (IOException e) {
      throw new WebexIoException("Reading the license users failed: " + e.getMessage(), e);
    }
  }

  @Override
  public LicenseAssignment assign(LicenseAssignParams params) {
    Objects.requireNonNull(params, "params");
    int[] status = {0};
    AssignResponse response =
        transport.patch("licenses/users", params, AssignResponse.class, code -> status[0] = code);
    List<String> notApplied = notApplied(params, response);
    boolean partial = status[0] == PARTIAL_CONTENT || !notApplied.isEmpty();
    return new LicenseAssignment(
        response.orgId(),
        response.personId(),
        response.email(),
        response.licenses(),
        response.siteUrls(),
        response.pendingLicenses(),
        response.pendingSiteUrls(),
        partial,
        notApplied,
        response.extra());
  }

  /**
   * The requested changes the answer does not reflect: an addition missing from both the held and
   * the pending lists, or a removal still held. Webex does not say which change a 206 skipped, so
   * this is read from the body.
   */
  private static List<String> notApplied(LicenseAssignParams params, AssignResponse response) {
    List<String> missing = new ArrayList<>();
    if (params.licenses() != null) {
      List<String> held = orEmpty(response.licenses());
      List<String> pending = orEmpty(response.pendingLicenses());
      for (LicenseChange change : params.licenses()) {
        boolean present = held.contains(change.id()) || pending.contains(change.id());
        if ((change.operation() == LicenseOperation.REMOVE) == present) {
          missing.add(change.id());
        }
      }
    }
    if (params.siteUrls() != null) {
      List<String> sites = new ArrayList<>();
      orEmpty(response.siteUrls()).forEach(site -> sites.add(site.siteUrl()));
      orEmpty(response.pendingSiteUrls()).forEach(site -> sites.add(site.siteUrl()));
      for (SiteUrlChange change : params.siteUrls()) {
        boolean present = sites.contains(change.siteUrl());
        if ((change.operation() == LicenseOperation.REMOVE) == present) {
          missing.add(change.siteUrl());
        }
      }
    }
    return missing;
  }

  private static <T> List<T> orEmpty(List<T> values) {
    return values == null ? List.of() : values;
  }

  private record AssignResponse(
      String orgId,
      String personId,
      String email,
      List<String> licenses,
      List<SiteAccount> siteUrls,
      List<String> pendingLicenses,
      List<SiteAccount> pendingSiteUrls,
      Map<String, Object> extra) {}

  private final class UsersPage implements Page<LicenseUser> {
    private final List<LicenseUser> items;
    private final String next;

    UsersPage(List<LicenseUser> items, String next) {
      this.items = List.copyOf(items);
      this.next = next;
    }

    @Override
    public List<LicenseUser> items() {
      return items;
    }

    @Override
    public boolean hasNextPage() {
      return next != null;
    }

    @Override
    public Page<LicenseUser> nextPage() {
      if (next == null) {
        throw new NoSuchElementException("no next page");
      }
      return fetchUsers(next);
    }

    @Override
    public Optional<String> nextCursor() {
      return Optional.ofNullable(next);
    }
  }
}
