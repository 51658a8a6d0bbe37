package dev.pmdfwd.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PcapRoundTripTest {

    // 2023-11-14T22:13:20Z plus a fraction with non-zero digits below the microsecond.
    private static final long BASE = 1_700_000_000_123_456_789L;
    private static final long STEP = 1_234_567_891L;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "nanosecond={0}")
    @ValueSource(booleans = {false, true})
    void roundTripKeepsFramesTimestampsAndLengths(boolean nanosecond) throws IOException {
        List<byte[]> frames = FrameCorpus.standard(2);
        Path file = dir.resolve(nanosecond ? "nanos.pcap" : "micros.pcap");
        try (PcapWriter w = PcapWriter.create(file, nanosecond, PcapFormat.DEFAULT_SNAPLEN)) {
            for (int i = 0; i < frames.size(); i++) {
                w.write(BASE + i * STEP, frames.get(i));
            }
        }

        try (PcapReader r = PcapReader.open(file)) {
            assertEquals(nanosecond, r.nanosecond());
            assertEquals(ByteOrder.LITTLE_ENDIAN, r.byteOrder());
            assertEquals(PcapFormat.DEFAULT_SNAPLEN, r.snaplen());
            for (int i = 0; i < frames.size(); i++) {
                PcapRecord rec = r.next();
                long sent = BASE + i * STEP;
                long want = nanosecond ? sent : sent - sent % 1_000; // microsecond files truncate
                assertEquals(want, rec.timestampNanos(), "timestamp of record " + i);
                assertEquals(frames.get(i).length, rec.originalLength());
                assertFalse(rec.truncated());
            }
            assertNull(r.next());
            assertNull(r.next(), "end of file stays end of file");
        }
        assertNull(FrameDiff.firstDifference(frames, PcapReader.frames(file)));
    }

    @Test
    void writerEmitsLittleEndianHeadersByteForByte() throws IOException {
        Path file = dir.resolve("exact.pcap");
        try (PcapWriter w = PcapWriter.create(file, false, 65535)) {
            w.write(2_000_003_000L, new byte[] {1, 2, 3, 4, 5}, 1, 3);
        }
        String want = "d4c3b2a1" + "0200" + "0400" + "00000000" + "00000000" + "ffff0000" + "01000000"
                + "02000000" + "03000000" + "03000000" + "03000000" + "020304";
        assertEquals(want, HexFormat.of().formatHex(Files.readAllBytes(file)));
    }

    @Test
    void nanosecondMagicIsWritten() throws IOException {
        Path file = dir.resolve("nanomagic.pcap");
        PcapWriter.create(file, true, 100).close();
        assertEquals("4d3cb2a1", HexFormat.of().formatHex(Files.readAllBytes(file), 0, 4));
        assertTrue(PcapReader.readAll(file).isEmpty(), "header-only file has no records");
    }

    @Test
    void framesLongerThanSnaplenAreCutKeepingOriginalLength() throws IOException {
        Path file = dir.resolve("cut.pcap");
        byte[] jumbo = FrameCorpus.jumbo(7);
        try (PcapWriter w = PcapWriter.create(file, true, 128)) {
            w.write(1L, jumbo);
        }
        PcapRecord rec = PcapReader.readAll(file).getFirst();
        assertEquals(9000, rec.originalLength());
        assertTrue(rec.truncated());
        assertArrayEquals(java.util.Arrays.copyOf(jumbo, 128), rec.data());
    }

    @Test
    void writerRejectsWhatPcapCannotHold() throws IOException {
        assertThrows(IllegalArgumentException.class, () -> PcapWriter.create(dir.resolve("a.pcap"), false, 0));
        try (PcapWriter w = PcapWriter.create(dir.resolve("b.pcap"), false, 100)) {
            assertThrows(IllegalArgumentException.class, () -> w.write(-1L, new byte[60]));
            assertThrows(IllegalArgumentException.class, () -> w.write(0x1_0000_0000L * 1_000_000_000L, new byte[60]));
            assertThrows(IndexOutOfBoundsException.class, () -> w.write(0L, new byte[60], 50, 20));
        }
    }
}
