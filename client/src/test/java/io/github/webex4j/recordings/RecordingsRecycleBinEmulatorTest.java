package io.github.webex4j.recordings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.webex4j.BadRequestException;
import io.github.webex4j.NotFoundException;
import io.github.webex4j.WebexClient;
import io.github.webex4j.rooms.EmulatorClients;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Soft delete, restore and purge against the emulator's recycle bin. */
class RecordingsRecycleBinEmulatorTest {
  @RegisterExtension static final EmulatorClients clients = EmulatorClients.perClass();
  private static final AtomicInteger HOSTS = new AtomicInteger();
  private WebexClient host;
  private List<String> ids;

  @BeforeEach
  void record() {
    // Each test has its own host, and so its own recordings and recycle bin.
    String email = "bin" + HOSTS.incrementAndGet() + "@example.com";
    host = clients.clientFor(clients.emulator().createPerson(email, "Bin").token());
    RecordedMeetings.endedBy(host, "Binned", 3);
    ids = available().stream().map(Recording::id).toList();
    assertThat(ids).hasSize(3);
  }

  private List<Recording> available() {
    return host.recordings().list().autoPager().stream().toList();
  }

  private List<String> inBin() {
    return host
        .recordings()
        .list(RecordingListParams.builder().status(RecordingStatus.DELETED).build())
        .autoPager()
        .stream()
        .map(Recording::id)
        .toList();
  }

  @Test
  void softDeleteMovesToTheBinAndRestoreBringsBack() {
    host.recordings().softDelete(List.of(ids.get(0), ids.get(1)), "emulator-example.webex.com");

    assertThat(available()).extracting(Recording::id).containsExactly(ids.get(2));
    assertThat(inBin()).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(host.recordings().get(ids.get(0)).status()).isEqualTo(RecordingStatus.DELETED);

    host.recordings().restore(List.of(ids.get(0)), null);
    assertThat(inBin()).containsExactly(ids.get(1));
    host.recordings().restoreAll(null);

    assertThat(inBin()).isEmpty();
    assertThat(available()).extracting(Recording::id).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(available()).extracting(Recording::status).containsOnly(RecordingStatus.AVAILABLE);
  }

  @Test
  void purgeRemovesFromTheBinForGood() {
    host.recordings().softDelete(ids, null);

    host.recordings().purge(List.of(ids.get(0)), null);
    assertThatThrownBy(() -> host.recordings().get(ids.get(0)))
        .isInstanceOf(NotFoundException.class);
    assertThat(inBin()).containsExactlyInAnyOrder(ids.get(1), ids.get(2));
    host.recordings().purgeAll(null);

    assertThat(inBin()).isEmpty();
    assertThat(available()).isEmpty();
    assertThatThrownBy(() -> host.recordings().restore(List.of(ids.get(1)), null))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void recordingsInTheWrongPlaceAreRefusedAndNothingMoves() {
    host.recordings().softDelete(List.of(ids.get(0)), null);

    assertThatThrownBy(() -> host.recordings().softDelete(List.of(ids.get(1), ids.get(0)), null))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining(ids.get(0));
    assertThat(inBin()).containsExactly(ids.get(0));
    assertThatThrownBy(() -> host.recordings().purge(List.of(ids.get(2)), null))
        .isInstanceOf(BadRequestException.class);
    assertThatThrownBy(() -> host.recordings().softDelete(List.of(ids.get(1)), "other.webex.com"))
        .isInstanceOf(BadRequestException.class);
    WebexClient other =
        clients.clientFor(clients.emulator().createPerson("nb@example.com", "NB").token());
    assertThatThrownBy(() -> other.recordings().softDelete(List.of(ids.get(1)), null))
        .isInstanceOf(NotFoundException.class);
  }
}
