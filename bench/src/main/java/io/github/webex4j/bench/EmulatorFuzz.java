package io.github.webex4j.bench;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends rounds of random and hostile requests (random paths and methods, bad JSON, huge headers and
 * bodies, broken framing, garbage bytes, control API reads) to a standalone emulator process over
 * raw sockets, and reports its resident memory (VmRSS) and its heap after a full GC between rounds.
 * Memory should stay flat once the request log is full.
 *
 * <pre>
 * mvn -o -q -DskipTests package -pl emulator &amp;&amp; mvn -o -q -Pbench compile -pl bench -am
 * java -cp bench/target/classes io.github.webex4j.bench.EmulatorFuzz \
 *     [emulator/target/webex-emulator.jar] [requests per round, 10000] [rounds, 2] [emulator -Xmx, 256m]
 * </pre>
 */
public final class EmulatorFuzz {
  private static final String TOKEN = "fuzz-admin-token";
  private static final Pattern LISTENING =
      Pattern.compile("listening on http://127.0.0.1:(\\d+)/v1");
  private static final String[] METHODS = {
    "GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "FOO", "get", "TRACE"
  };
  private static final String[] PATHS = {
    "/v1/rooms",
    "/v1/messages",
    "/v1/people/me",
    "/v1/people",
    "/v1/memberships",
    "/v1/teams",
    "/v1/webhooks",
    "/v1/meetings",
    "/v1/events",
    "/v1/licenses",
    "/v1/rooms/%zz",
    "/v1/../etc",
    "/v1/rooms?max=0",
    "/v1/rooms?max=-1&cursor=AAAA",
    "/v1/messages?roomId=nope",
    "/other",
    "/_emulator/requests?max=50",
    "/_emulator/health",
    "/_emulator/faults",
    "/"
  };

  private EmulatorFuzz() {}

  public static void main(String[] args) throws Exception {
    Path jar = Path.of(args.length > 0 ? args[0] : "emulator/target/webex-emulator.jar");
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
    String xmx = args.length > 3 ? args[3] : "256m";
    if (!Files.isRegularFile(jar)) {
      throw new IllegalArgumentException("No emulator jar at " + jar + "; build it first");
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process emulator =
        new ProcessBuilder(
                java, "-Xmx" + xmx, "-jar", jar.toString(), "--port", "0", "--token", TOKEN)
            .redirectErrorStream(true)
            .start();
    try {
      int port = awaitPort(emulator);
      System.out.printf(
          Locale.ROOT, "emulator pid %d on port %d, -Xmx%s%n", emulator.pid(), port, xmx);
      report(emulator, "started", 0, 0);
      Random random = new Random(14);
      long sent = 0;
      for (int round = 1; round <= rounds; round++) {
        long start = System.nanoTime();
        Map<String, Integer> outcomes = fuzz(port, random, perRound);
        sent += perRound;
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "round %d: %d requests in %.1f s; outcomes %s%n",
            round,
            perRound,
            seconds,
            outcomes);
        report(emulator, "after round " + round, sent, seconds);
      }
      int health = status(port, request("GET", "/_emulator/health", null, List.of(), null));
      System.out.println("health after the fuzz: " + health);
    } finally {
      emulator.destroy();
      emulator.waitFor();
    }
  }

  private static int awaitPort(Process emulator) throws IOException {
    BufferedReader out =
        new BufferedReader(
            new InputStreamReader(emulator.getInputStream(), StandardCharsets.UTF_8));
    String line;
    while ((line = out.readLine()) != null) {
      Matcher matcher = LISTENING.matcher(line);
      if (matcher.find()) {
        Thread drain =
            new Thread(
                () -> {
                  try {
                    emulator.getInputStream().transferTo(OutputSink.INSTANCE);
                  } catch (IOException e) {
                    // the emulator stopped
                  }
                });
        drain.setDaemon(true);
        drain.start();
        return Integer.parseInt(matcher.group(1));
      }
      System.out.println("emulator: " + line);
    }
    throw new IOException("The emulator stopped before listening");
  }

  /** Discards the emulator's output after start-up. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  private static Map<String, Integer> fuzz(int port, Random random, int count) throws Exception {
    List<byte[]> requests = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      requests.add(hostile(random));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (byte[] request : requests) {
        results.add(pool.submit(() -> status(port, request)));
      }
      Map<String, Integer> outcomes = new TreeMap<>();
      for (Future<Integer> result : results) {
        int status = result.get();
        outcomes.merge(status < 0 ? "closed" : Integer.toString(status), 1, Integer::sum);
      }
      return outcomes;
    } finally {
      pool.shutdown();
    }
  }

  private static byte[] hostile(Random random) {
    String auth = random.nextInt(10) == 0 ? "Bearer wrong-" + random.nextInt() : "Bearer " + TOKEN;
    List<String> headers = new ArrayList<>();
    String path = PATHS[random.nextInt(PATHS.length)];
    switch (random.nextInt(12)) {
      case 0 -> {
        return randomBytes(random, 1 + random.nextInt(2048));
      }
      case 1 -> headers.add("X-Huge: " + "h".repeat(16 * 1024 + random.nextInt(48 * 1024)));
      case 2 -> {
        return request(
            "POST",
            "/v1/rooms",
            auth,
            List.of("Content-Type: application/json"),
            new byte[2 * 1024 * 1024]);
      }
      case 3 -> {
        byte[] head = request("POST", "/v1/rooms", auth, List.of("Content-Length: 5000"), null);
        return concat(head, "{\"title\":".getBytes(StandardCharsets.UTF_8));
      }
      case 4 -> {
        String chunks = random.nextBoolean() ? "zz\r\nabc\r\n0\r\n\r\n" : "5\r\nab";
        return concat(
            request("POST", "/v1/messages", auth, List.of("Transfer-Encoding: chunked"), null),
            chunks.getBytes(StandardCharsets.ISO_8859_1));
      }
      case 5 -> {
        String json =
            random.nextBoolean()
                ? "{\"title\":\"fuzz " + random.nextInt(1000) + "\"}"
                : "{\"title\":";
        return request(
            "POST",
            "/v1/rooms",
            auth,
            List.of("Content-Type: application/json"),
            json.getBytes(StandardCharsets.UTF_8));
      }
      case 6 -> {
        String json =
            "{\"roomId\":\""
                + randomText(random, 40)
                + "\",\"markdown\":\""
                + randomText(random, 500)
                + "\"}";
        return request(
            "POST",
            "/v1/messages",
            auth,
            List.of("Content-Type: application/json"),
            json.getBytes(StandardCharsets.UTF_8));
      }
      case 7 -> headers.add("Content-Length: " + (random.nextBoolean() ? "abc" : "-1"));
      default -> {
        // a random method on a random or known path with a random body
      }
    }
    String method = METHODS[random.nextInt(METHODS.length)];
    if (random.nextInt(3) == 0) {
      path = "/v1/" + randomText(random, 1 + random.nextInt(60)).replace(' ', '/');
    }
    byte[] body = random.nextInt(3) == 0 ? randomBytes(random, random.nextInt(4096)) : null;
    return request(method, path, random.nextInt(20) == 0 ? null : auth, headers, body);
  }

  private static byte[] request(
      String method, String path, String auth, List<String> headers, byte[] body) {
    StringBuilder head = new StringBuilder();
    head.append(method)
        .append(' ')
        .append(path)
        .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
    if (auth != null) {
      head.append("Authorization: ").append(auth).append("\r\n");
    }
    boolean framed = false;
    for (String header : headers) {
      head.append(header).append("\r\n");
      framed |= header.startsWith("Content-Length") || header.startsWith("Transfer-Encoding");
    }
    if (body != null && !framed) {
      head.append("Content-Length: ").append(body.length).append("\r\n");
    }
    head.append("\r\n");
    byte[] bytes = head.toString().getBytes(StandardCharsets.ISO_8859_1);
    return body == null ? bytes : concat(bytes, body);
  }

  /**
   * Sends {@code request}, half-closes, and returns the answer's status (-1: closed without one).
   */
  private static int status(int port, byte[] request) {
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
      socket.setSoTimeout(30_000);
      try {
        socket.getOutputStream().write(request);
        socket.shutdownOutput();
      } catch (IOException e) {
        // the server answered early and closed; read what it said
      }
      InputStream in = socket.getInputStream();
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        line.write(b);
      }
      String status = line.toString(StandardCharsets.ISO_8859_1);
      in.transferTo(OutputSink.INSTANCE);
      return status.startsWith("HTTP/1.1 ") ? Integer.parseInt(status.substring(9, 12)) : -1;
    } catch (SocketTimeoutException e) {
      return -2;
    } catch (IOException e) {
      return -1;
    }
  }

  private static void report(Process emulator, String when, long sent, double seconds)
      throws IOException, InterruptedException {
    String rss = "?";
    for (String line : Files.readAllLines(Path.of("/proc/" + emulator.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = line.substring(6).trim();
      }
    }
    String java = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
    jcmd(java, emulator, "GC.run");
    String heap =
        jcmd(java, emulator, "GC.heap_info")
            .lines()
            .filter(l -> l.contains("used"))
            .findFirst()
            .orElse("?")
            .trim();
    System.out.printf(
        Locale.ROOT, "%-14s requests %6d  VmRSS %-10s  heap after GC: %s%n", when, sent, rss, heap);
  }

  private static String jcmd(String jcmd, Process emulator, String command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(jcmd, Long.toString(emulator.pid()), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    process.waitFor();
    return out;
  }

  private static byte[] randomBytes(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    return bytes;
  }

  private static String randomText(Random random, int n) {
    String alphabet = "abcXYZ019 _-.~%\"\\{}[]:,\u00e9\u4e2d";
    StringBuilder text = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
