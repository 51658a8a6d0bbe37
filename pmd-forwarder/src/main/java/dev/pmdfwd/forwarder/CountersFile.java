package dev.pmdfwd.forwarder;

import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;
import org.agrona.concurrent.status.CountersManager;
import org.agrona.concurrent.status.CountersReader;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The forwarder's counters in a memory-mapped file, so another process (pmd-forwarder stat, a
 * monitoring agent) can read them while it runs, as Aeron's CnC file does. Layout: a 128-byte header,
 * then Agrona's counters metadata, then the values. The file is readable by its owner only and removed
 * at a clean shutdown.
 * <pre>
 *   0 int  magic 'PMDF'      8 long pid        24 int metadata length   32 long heartbeat (epoch ms)
 *   4 int  version          16 long start (ms)  28 int values length
 * </pre>
 */
public final class CountersFile implements AutoCloseable {
    public static final int MAGIC = 0x504D4446;
    public static final int VERSION = 1;
    static final int HEADER = 128;
    private static final int VERSION_OFFSET = 4;
    private static final int PID = 8;
    private static final int START = 16;
    private static final int METADATA_LENGTH = 24;
    private static final int VALUES_LENGTH = 28;
    private static final int HEARTBEAT = 32;

    private final Path file;
    private final MappedByteBuffer mapped;
    private final UnsafeBuffer header;
    private final CountersManager manager;

    private CountersFile(Path file, MappedByteBuffer mapped, int counters) {
        this.file = file;
        this.mapped = mapped;
        int metadata = counters * CountersReader.METADATA_LENGTH;
        int values = counters * CountersReader.COUNTER_LENGTH;
        this.header = new UnsafeBuffer(mapped, 0, HEADER);
        header.putInt(VERSION_OFFSET, VERSION);
        header.putLong(PID, ProcessHandle.current().pid());
        header.putLong(START, System.currentTimeMillis());
        header.putInt(METADATA_LENGTH, metadata);
        header.putInt(VALUES_LENGTH, values);
        header.putLongRelease(HEARTBEAT, System.currentTimeMillis());
        this.manager = new CountersManager(new UnsafeBuffer(mapped, HEADER, metadata),
                new UnsafeBuffer(mapped, HEADER + metadata, values));
        header.putIntRelease(0, MAGIC); // last: a reader sees a complete header or none
    }

    /** Creates {@code file} (mode 0600, its folder 0700) with room for {@code counters} counters. */
    public static CountersFile create(Path file, int counters) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        removeStale(dir);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        long length = HEADER + (long) counters * (CountersReader.METADATA_LENGTH + CountersReader.COUNTER_LENGTH);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            channel.truncate(0);
            channel.write(ByteBuffer.allocate(1), length - 1); // sized (and zeroed) before mapping
            return new CountersFile(file, channel.map(FileChannel.MapMode.READ_WRITE, 0, length), counters);
        }
    }

    public CountersManager manager() {
        return manager;
    }

    public Path path() {
        return file;
    }

    /** Control thread, every tick: tells readers the forwarder is alive. */
    public void heartbeat() {
        header.putLongRelease(HEARTBEAT, System.currentTimeMillis());
    }

    @Override
    public void close() {
        IoUtil.unmap(mapped);
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale counters file is recognised as such by its heartbeat; nothing else to do
        }
    }

    /** A reader's view of a counters file written by another process. */
    public record Attached(Path file, long pid, long startMillis, UnsafeBuffer header, CountersReader reader,
                           MappedByteBuffer mapped) implements AutoCloseable {
        public long heartbeatMillis() {
            return header.getLongAcquire(HEARTBEAT);
        }

        @Override
        public void close() {
            IoUtil.unmap(mapped);
        }
    }

    /** Counters files left by forwarders that died without cleaning up (SIGKILL, a crash). */
    static void removeStale(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".counters")).toList()) {
                if (!isLive(f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // stale files are only clutter: stat ignores them too
        }
    }

    /** Whether the process that wrote {@code file} still runs. */
    static boolean isLive(Path file) {
        try (Attached attached = attach(file)) {
            return ProcessHandle.of(attached.pid()).map(ProcessHandle::isAlive).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Maps an existing counters file read-only; a one-line IOException if it is not one. */
    public static Attached attach(Path file) throws IOException {
        if (!Files.isReadable(file)) {
            throw new IOException(file + " is not readable (counters files are owner-only: run as the forwarder's user)");
        }
        MappedByteBuffer mapped = IoUtil.mapExistingFile(file.toFile(), FileChannel.MapMode.READ_ONLY, "counters");
        UnsafeBuffer header = new UnsafeBuffer(mapped, 0, Math.min(HEADER, mapped.capacity()));
        if (mapped.capacity() < HEADER || header.getIntAcquire(0) != MAGIC || header.getInt(VERSION_OFFSET) != VERSION) {
            IoUtil.unmap(mapped);
            throw new IOException(file + " is not a pmd-forwarder counters file (version " + VERSION + ")");
        }
        int metadata = header.getInt(METADATA_LENGTH);
        int values = header.getInt(VALUES_LENGTH);
        CountersReader reader = new CountersReader(new UnsafeBuffer(mapped, HEADER, metadata),
                new UnsafeBuffer(mapped, HEADER + metadata, values));
        return new Attached(file, header.getLong(PID), header.getLong(START), header, reader, mapped);
    }
}
