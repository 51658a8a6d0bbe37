package dev.pmdfwd.pcap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files written on a big-endian host, spelled out byte by byte so the reader is not tested against itself. */
final class PcapBigEndianTest {

    @TempDir
    Path dir;

    private Path file(String name, String hex) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, HexFormat.of().parseHex(hex.replace(" ", "")));
        return f;
    }

    @Test
    void readsBigEndianMicrosecondFile() throws IOException {
        Path f = file("be-micro.pcap",
                "a1b2c3d4 0002 0004 00000000 00000000 0000ffff 00000001"
                // record 1: 2 s + 1000 us, 4 of 64 bytes captured
                + "00000002 000003e8 00000004 00000040 deadbeef"
                // record 2: 0x01020304 s + 999999 us, 3 bytes
                + "01020304 000f423f 00000003 00000003 0a0b0c");
        try (PcapReader r = PcapReader.open(f)) {
            assertEquals(ByteOrder.BIG_ENDIAN, r.byteOrder());
            assertFalse(r.nanosecond());
            assertEquals(65535, r.snaplen());
        }
        List<PcapRecord> recs = PcapReader.readAll(f);
        assertEquals(2, recs.size());
        assertEquals(2_001_000_000L, recs.get(0).timestampNanos());
        assertEquals(64, recs.get(0).originalLength());
        assertTrue(recs.get(0).truncated());
        assertArrayEquals(new byte[] {(byte) 0xde, (byte) 0xad, (byte) 0xbe, (byte) 0xef}, recs.get(0).data());
        assertEquals(0x01020304L * 1_000_000_000L + 999_999_000L, recs.get(1).timestampNanos());
        assertArrayEquals(new byte[] {10, 11, 12}, recs.get(1).data());
    }

    @Test
    void readsBigEndianNanosecondFile() throws IOException {
        Path f = file("be-nano.pcap",
                "a1b23c4d 0002 0004 00000000 00000000 00040000 00000001"
                + "00000001 3b9ac9ff 00000002 00000002 abcd");
        try (PcapReader r = PcapReader.open(f)) {
            assertTrue(r.nanosecond());
            PcapRecord rec = r.next();
            assertEquals(1_999_999_999L, rec.timestampNanos());
            assertArrayEquals(new byte[] {(byte) 0xab, (byte) 0xcd}, rec.data());
        }
    }
}
