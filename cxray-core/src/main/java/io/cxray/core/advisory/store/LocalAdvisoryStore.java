package io.cxray.core.advisory.store;

import io.cxray.core.advisory.AdvisoryRecord;
import io.cxray.core.advisory.SourceState;
import io.cxray.core.advisory.enrich.CweNames;
import io.cxray.core.advisory.enrich.EpssData;
import io.cxray.core.advisory.enrich.KevCatalog;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.core.JacksonException;

/**
 * The CLI's advisory database: files under a data directory, loaded into memory on open.
 *
 * <pre>
 * &lt;dir&gt;/records/&lt;source&gt;.jsonl.gz   one AdvisoryRecord per line, one file per source
 *                                   (osv-PyPI, osv-Maven, nvd ...)
 * &lt;dir&gt;/kev.json.gz, epss.json.gz, cwe.json.gz
 * &lt;dir&gt;/state.json                  import state of every resource (written last)
 * </pre>
 *
 * Every file is written to a temporary sibling and moved into place atomically, so a crash or a
 * failed write never leaves a half-written file; {@code state.json} is written last, so a crash
 * between files only makes the next import read a resource again.
 */
public final class LocalAdvisoryStore implements AdvisoryStore {
  private static final String RECORDS = "records";
  private final Path dir;
  private final InMemoryAdvisoryStore memory = new InMemoryAdvisoryStore();
  private final Map<String, String> bucketById = new HashMap<>();

  private LocalAdvisoryStore(Path dir) {
    this.dir = dir;
  }

  /**
   * Opens (creating when needed) the store in {@code dir}. Unreadable lines are dropped (their
   * advisories come back with the next import of that source, whose state is then reset).
   *
   * @throws IOException when the directory cannot be created or read
   */
  public static LocalAdvisoryStore open(Path dir) throws IOException {
    LocalAdvisoryStore store = new LocalAdvisoryStore(dir);
    Files.createDirectories(dir.resolve(RECORDS));
    store.load();
    return store;
  }

  public Path directory() {
    return dir;
  }

  private void load() throws IOException {
    List<AdvisoryRecord> records = new ArrayList<>();
    boolean damaged = false;
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(dir.resolve(RECORDS), "*.jsonl.gz")) {
      for (Path file : files) {
        String bucket = file.getFileName().toString().replace(".jsonl.gz", "");
        damaged |= readBucket(file, bucket, records);
      }
    }
    KevCatalog kev = readOptional("kev.json.gz", AdvisoryCodec::readKev);
    EpssData epss = readOptional("epss.json.gz", AdvisoryCodec::readEpss);
    CweNames cwe = readOptional("cwe.json.gz", AdvisoryCodec::readCwe);
    Map<String, SourceState> states = damaged ? Map.of() : readStates();
    memory.apply(new StoreUpdate(records, List.copyOf(states.values()), kev, epss, cwe));
  }

  /** Reads one bucket; returns true when some line was unreadable. */
  private boolean readBucket(Path file, String bucket, List<AdvisoryRecord> into)
      throws IOException {
    boolean damaged = false;
    try (BufferedReader reader =
        new BufferedReader(
            new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 64 * 1024),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        try {
          AdvisoryRecord r = AdvisoryCodec.readAdvisory(line);
          into.add(r);
          bucketById.put(r.storeKey(), bucket);
        } catch (JacksonException | NullPointerException e) {
          damaged = true;
        }
      }
    } catch (IOException e) {
      return true;
    }
    return damaged;
  }

  private interface Reader<T> {
    T read(byte[] json);
  }

  private <T> T readOptional(String name, Reader<T> reader) throws IOException {
    Path file = dir.resolve(name);
    if (!Files.isRegularFile(file)) {
      return null;
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return reader.read(in.readAllBytes());
    } catch (JacksonException e) {
      return null;
    }
  }

  private Map<String, SourceState> readStates() throws IOException {
    Path file = dir.resolve("state.json");
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try {
      return AdvisoryCodec.readStates(Files.readAllBytes(file));
    } catch (JacksonException e) {
      return Map.of();
    }
  }

  @Override
  public synchronized void apply(StoreUpdate update) {
    try {
      Map<String, List<AdvisoryRecord>> changed = changedBuckets(update.upserts());
      for (Map.Entry<String, List<AdvisoryRecord>> bucket : changed.entrySet()) {
        writeBucket(bucket.getKey(), bucket.getValue());
      }
      if (update.kev() != null) {
        writeAtomically(
            dir.resolve("kev.json.gz"),
            true,
            out -> out.write(AdvisoryCodec.writeValue(update.kev())));
      }
      if (update.epss() != null) {
        writeAtomically(
            dir.resolve("epss.json.gz"),
            true,
            out -> out.write(AdvisoryCodec.writeValue(update.epss())));
      }
      if (update.cwe() != null) {
        writeAtomically(
            dir.resolve("cwe.json.gz"),
            true,
            out -> out.write(AdvisoryCodec.writeValue(update.cwe())));
      }
      Map<String, SourceState> states = new HashMap<>(memory.sourceStates());
      update.states().forEach(s -> states.put(s.key(), s));
      writeAtomically(
          dir.resolve("state.json"), false, out -> out.write(AdvisoryCodec.writeValue(states)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the advisory store in " + dir, e);
    }
    memory.apply(update);
    for (AdvisoryRecord r : update.upserts()) {
      bucketById.putIfAbsent(r.storeKey(), bucketOf(r));
    }
  }

  /** The full new content of every bucket the upserts touch. */
  private Map<String, List<AdvisoryRecord>> changedBuckets(List<AdvisoryRecord> upserts) {
    Map<String, AdvisoryRecord> newById = new HashMap<>();
    Set<String> touched = new HashSet<>();
    Map<String, String> newBucket = new HashMap<>();
    for (AdvisoryRecord r : upserts) {
      newById.put(r.storeKey(), r);
      String bucket = bucketById.getOrDefault(r.storeKey(), bucketOf(r));
      newBucket.put(r.storeKey(), bucket);
      touched.add(bucket);
    }
    Map<String, List<AdvisoryRecord>> out = new HashMap<>();
    touched.forEach(b -> out.put(b, new ArrayList<>()));
    memory.forEachAdvisory(
        r -> {
          String bucket = bucketById.get(r.storeKey());
          if (touched.contains(bucket) && !newById.containsKey(r.storeKey())) {
            out.get(bucket).add(r);
          }
        });
    newById.forEach((id, r) -> out.get(newBucket.get(id)).add(r));
    return out;
  }

  /** {@code osv:PyPI} becomes {@code osv-PyPI}; anything but letters, digits, '.', '-' is '_'. */
  static String bucketOf(AdvisoryRecord r) {
    String source = r.advisory().source() == null ? "unknown" : r.advisory().source();
    return source.replace(':', '-').replaceAll("[^A-Za-z0-9.-]", "_");
  }

  private void writeBucket(String bucket, List<AdvisoryRecord> records) throws IOException {
    writeAtomically(
        dir.resolve(RECORDS).resolve(bucket + ".jsonl.gz"),
        true,
        out -> {
          Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          for (AdvisoryRecord r : records) {
            w.write(AdvisoryCodec.write(r));
            w.write('\n');
          }
          w.flush();
        });
  }

  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private static void writeAtomically(Path target, boolean gzip, Content content)
      throws IOException {
    Path temp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
    try {
      try (OutputStream file = Files.newOutputStream(temp)) {
        OutputStream out = gzip ? new GZIPOutputStream(file, 64 * 1024) : file;
        content.writeTo(out);
        out.flush();
        if (out instanceof GZIPOutputStream g) {
          g.finish();
        }
      }
      try {
        Files.move(
            temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  @Override
  public Map<String, Instant> modifiedByKey() {
    return memory.modifiedByKey();
  }

  @Override
  public Optional<AdvisoryRecord> findByKey(String key) {
    return memory.findByKey(key);
  }

  @Override
  public void forEachAdvisory(Consumer<AdvisoryRecord> consumer) {
    memory.forEachAdvisory(consumer);
  }

  @Override
  public int advisoryCount() {
    return memory.advisoryCount();
  }

  @Override
  public Map<String, SourceState> sourceStates() {
    return memory.sourceStates();
  }

  @Override
  public KevCatalog kev() {
    return memory.kev();
  }

  @Override
  public EpssData epss() {
    return memory.epss();
  }

  @Override
  public CweNames cweNames() {
    return memory.cweNames();
  }
}
