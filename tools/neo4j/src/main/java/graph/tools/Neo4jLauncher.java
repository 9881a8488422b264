package graph.tools;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * A Neo4j Community server for development and tests: the embedded engine with its
 * Bolt connector on 127.0.0.1, its data in a temporary folder (removed on exit unless
 * --data names one), auth on with a password of its own. When it answers it prints
 * what a client needs as shell lines on stdout and stays in the foreground until
 * SIGTERM or Ctrl-C, which shut the database down cleanly.
 *
 * Options (or the environment variable beside each): --port N (NEO4J_PORT, 0 = a
 * free one, the default), --password P (NEO4J_PASSWORD, a random one by default),
 * --data DIR (NEO4J_DATA, kept after exit). NEO4J_PAGECACHE_MB sizes the page cache (256 by
 * default); run.sh reads NEO4J_HEAP for the JVM heap.
 */
public final class Neo4jLauncher {
    private static final String USER = "neo4j";

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = parse(args);
        int port = Integer.parseInt(opts.getOrDefault("port", envOr("NEO4J_PORT", "0")));
        if (port == 0) port = freePort();
        String password = opts.getOrDefault("password", envOr("NEO4J_PASSWORD", ""));
        if (password.isEmpty()) password = randomPassword();
        if (password.length() < 8) fail("the password must have at least 8 characters (Neo4j's minimum)");
        String dataOpt = opts.getOrDefault("data", envOr("NEO4J_DATA", ""));
        boolean temporary = dataOpt.isEmpty();
        Path home = temporary ? Files.createTempDirectory("cmg-neo4j-") : Path.of(dataOpt).toAbsolutePath();
        Files.createDirectories(home);

        long started = System.nanoTime();
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                // Small and predictable on a 2-core development machine (NEO4J_PAGECACHE_MB for large graphs).
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(Long.parseLong(envOr("NEO4J_PAGECACHE_MB", "256"))))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                // A development server: stop within seconds of SIGTERM (the default waits 10 s for open transactions).
                .setConfig(GraphDatabaseSettings.shutdown_transaction_end_timeout, Duration.ofSeconds(2))
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.err.println("neo4j: shutting down");
            dbms.shutdown();
            if (temporary) deleteTree(home);
            stopped.countDown();
        }, "neo4j-shutdown"));

        try {
            setPassword(dbms, password);
        } catch (RuntimeException e) {
            // Neo4j's threads would keep the JVM up without a word: say why and stop.
            System.err.println("neo4j: could not set the password: " + e.getMessage());
            System.exit(1);
        }

        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.println("export NEO4J_URI=bolt://127.0.0.1:" + port);
        System.out.println("export NEO4J_USER=" + USER);
        System.out.println("export NEO4J_PASSWORD=" + password);
        System.out.flush();
        System.err.println("neo4j: Neo4j Community " + neo4jVersion() + " ready on bolt://127.0.0.1:" + port + " in " + ms
                + " ms, data in " + home + (temporary ? " (removed on exit)" : "") + "; SIGTERM or Ctrl-C stops it");
        stopped.await();
    }

    /**
     * The built-in user must change its initial password before it may query: set ours.
     * A kept data folder (--data) may hold it already; Neo4j refuses to "change" a
     * password to itself, which is then what we want.
     */
    private static void setPassword(DatabaseManagementService dbms, String password) {
        try {
            dbms.database("system").executeTransactionally(
                    "ALTER USER " + USER + " SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) return;
            throw e;
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> out = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (!a.startsWith("--") || i + 1 >= args.length) fail("usage: [--port N] [--password P] [--data DIR]; got " + a);
            String key = a.substring(2);
            if (!key.equals("port") && !key.equals("password") && !key.equals("data")) fail("unknown option " + a);
            out.put(key, args[++i]);
        }
        return out;
    }

    private static String envOr(String name, String dflt) {
        String v = System.getenv(name);
        return v == null ? dflt : v;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static String randomPassword() {
        byte[] b = new byte[12];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }

    private static String neo4jVersion() {
        Package p = DatabaseManagementService.class.getPackage();
        String v = p == null ? null : p.getImplementationVersion();
        return v == null ? "5.26" : v;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("neo4j: could not remove " + root + ": " + e.getMessage());
        }
    }

    private static void fail(String message) {
        System.err.println("neo4j: " + message);
        System.exit(2);
    }
}
