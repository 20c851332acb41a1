package io.github.webex4j.people;

import java.util.List;

/**
 * The fields a person has both when created and when updated, and their builder setters, shared by
 * {@link PersonCreateParams.Builder} and {@link PersonUpdateParams.Builder} so each is written
 * once. A null field is not sent. Not thread-safe.
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class PersonSettingsBuilder<B extends PersonSettingsBuilder<B>> {
  List<String> emails;
  List<PhoneNumber> phoneNumbers;
  String extension;
  String locationId;
  String displayName;
  String firstName;
  String lastName;
  String avatar;
  String orgId;
  List<String> roles;
  List<String> licenses;
  String department;
  String manager;
  String managerId;
  String title;
  List<Address> addresses;
  List<String> siteUrls;

  PersonSettingsBuilder() {}

  /** This builder as its concrete type. */
  abstract B self();

  /** The person's one email address (required on create). */
  public B email(String email) {
    this.emails = email == null ? null : List.of(email);
    return self();
  }

  /** Phone numbers. */
  public B phoneNumbers(List<PhoneNumber> phoneNumbers) {
    this.phoneNumbers = phoneNumbers;
    return self();
  }

  /** Calling extension. */
  public B extension(String extension) {
    this.extension = extension;
    return self();
  }

  /** Calling location id. */
  public B locationId(String locationId) {
    this.locationId = locationId;
    return self();
  }

  /** Full name (required on update; on create it, firstName or lastName is). */
  public B displayName(String displayName) {
    this.displayName = displayName;
    return self();
  }

  /** First name. */
  public B firstName(String firstName) {
    this.firstName = firstName;
    return self();
  }

  /** Last name. */
  public B lastName(String lastName) {
    this.lastName = lastName;
    return self();
  }

  /** Avatar URL. */
  public B avatar(String avatar) {
    this.avatar = avatar;
    return self();
  }

  /** Organization id. */
  public B orgId(String orgId) {
    this.orgId = orgId;
    return self();
  }

  /** Role ids. */
  public B roles(List<String> roles) {
    this.roles = roles;
    return self();
  }

  /** License ids. */
  public B licenses(List<String> licenses) {
    this.licenses = licenses;
    return self();
  }

  /** Department. */
  public B department(String department) {
    this.department = department;
    return self();
  }

  /** Manager identifier. */
  public B manager(String manager) {
    this.manager = manager;
    return self();
  }

  /** Manager's person id. */
  public B managerId(String managerId) {
    this.managerId = managerId;
    return self();
  }

  /** Job title. */
  public B title(String title) {
    this.title = title;
    return self();
  }

  /** Postal addresses. */
  public B addresses(List<Address> addresses) {
    this.addresses = addresses;
    return self();
  }

  /** Webex sites. */
  public B siteUrls(List<String> siteUrls) {
    this.siteUrls = siteUrls;
    return self();
  }
}
