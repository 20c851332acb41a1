package io.github.webex4j.people;

/**
 * A SIP address of a person (read-only, assigned by Webex).
 *
 * @param type kind of address, null if absent
 * @param value the address
 * @param primary whether it is the primary address, null if absent
 */
public record SipAddress(SipAddressType type, String value, Boolean primary) {}
