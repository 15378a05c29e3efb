package kg;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * Runs a Neo4j Community DBMS in this JVM with Bolt on loopback only.
 * Configured by environment: KG_NEO4J_HOME (data folder), KG_BOLT_PORT, KG_PAGECACHE (e.g. 256m),
 * KG_TX_MEMORY_MAX (the most memory one transaction may hold, e.g. 512m).
 * LOAD CSV may not read local files: the read-only Cypher field must not become a way to read the disk.
 * Prints "READY <port>" once the database answers; shuts down cleanly on SIGTERM or when stdin closes,
 * so it never outlives the process that started it.
 */
public final class LocalNeo4j {
  public static void main(String[] args) throws Exception {
    Path home = Path.of(env("KG_NEO4J_HOME", "./data/neo4j")).toAbsolutePath();
    int port = Integer.parseInt(env("KG_BOLT_PORT", "7687"));
    long pageCache = parseBytes(env("KG_PAGECACHE", "256m"));
    long txMemoryMax = parseBytes(env("KG_TX_MEMORY_MAX", "512m"));
    boolean watchStdin = !"0".equals(env("KG_WATCH_STDIN", "1"));

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .setConfig(GraphDatabaseSettings.auth_enabled, false)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(120))
        // dbms.security.allow_csv_import_from_file_urls=false, db.memory.transaction.max
        .setConfig(GraphDatabaseSettings.allow_file_urls, false)
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, txMemoryMax)
        .build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    if (!db.isAvailable(TimeUnit.MINUTES.toMillis(2))) {
      System.err.println("Neo4j did not become available within 2 minutes");
      System.exit(2);
    }
    System.out.println("READY " + port);
    System.out.flush();

    if (watchStdin) {
      // The parent holds our stdin open; end of input means it is gone.
      InputStream in = System.in;
      try {
        while (in.read() >= 0) { /* ignore input */ }
      } catch (IOException ignored) {
        // treated as end of input
      }
      System.exit(0);
    } else {
      Thread.currentThread().join();
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v.trim();
  }

  private static long parseBytes(String s) {
    String v = s.toLowerCase();
    long unit = 1;
    if (v.endsWith("g")) { unit = 1L << 30; v = v.substring(0, v.length() - 1); }
    else if (v.endsWith("m")) { unit = 1L << 20; v = v.substring(0, v.length() - 1); }
    else if (v.endsWith("k")) { unit = 1L << 10; v = v.substring(0, v.length() - 1); }
    return Long.parseLong(v.trim()) * unit;
  }
}
