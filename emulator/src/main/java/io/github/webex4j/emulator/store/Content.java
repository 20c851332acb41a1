package io.github.webex4j.emulator.store;

/**
 * A file attached to a message.
 *
 * @param id the content id used in {@code /contents/{id}}
 * @param roomId the room whose members may download it
 * @param filename the name sent in {@code Content-Disposition}
 * @param contentType the media type served on download
 * @param blob the file body (empty for files given by URL, which are not fetched)
 */
public record Content(String id, String roomId, String filename, String contentType, Blob blob) {}
