package io.github.webex4j.emulator.render;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.webex4j.emulator.store.LicenseStore;
import io.github.webex4j.emulator.store.LicenseStore.License;
import io.github.webex4j.emulator.store.Person;
import io.github.webex4j.emulator.store.World;
import java.util.List;

/** Licenses as the API shows them, with their consumed units. */
public final class LicenseRenderer {
  private LicenseRenderer() {}

  /** The license with the units its holders consume. */
  public static ObjectNode render(World world, License license) {
    List<Person> holders = world.licenses.holders(license);
    ObjectNode node = Json.object();
    node.put("id", license.id());
    node.put("name", license.name());
    node.put("totalUnits", license.totalUnits());
    node.put("consumedUnits", holders.size());
    node.put("consumedByUsers", holders.size());
    node.put("consumedByWorkspaces", 0);
    node.put("subscriptionId", license.subscriptionId());
    if (license.siteUrl() != null) {
      node.put("siteUrl", license.siteUrl());
      node.put("siteType", LicenseStore.SITE_TYPE);
    }
    return node;
  }
}
