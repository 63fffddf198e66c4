package dev.resurface.cite;

/**
 * A reviewer from {@code _data/people.yml}. Only people who really reviewed pages belong there:
 * the engine never invents one, and a page without {@code reviewedBy} says it was not reviewed.
 *
 * @param credentials e.g. "Consultant dermatologist, GMC 1234567" ("" when not given)
 * @param url         where a reader can verify the person (a register entry), "" when not given
 */
public record Person(String id, String name, String credentials, String url) {}
