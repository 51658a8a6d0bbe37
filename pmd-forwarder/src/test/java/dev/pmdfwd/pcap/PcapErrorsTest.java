package dev.pmdfwd.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class PcapErrorsTest {

    @TempDir
    Path dir;

    /** A little-endian microsecond global header with the given snaplen and link type. */
    private static ByteBuffer header(int capacity, int snaplen, int linkType) {
        ByteBuffer b = ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(PcapFormat.MAGIC_MICROS).putShort((short) 2).putShort((short) 4)
                .putInt(0).putInt(0).putInt(snaplen).putInt(linkType);
        return b;
    }

    private Path write(String name, ByteBuffer b) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, java.util.Arrays.copyOf(b.array(), b.position()));
        return f;
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    /** Reads everything, expects a PcapFormatException, checks it names the file in one line. */
    private static String failure(Path f) {
        PcapFormatException e = assertThrows(PcapFormatException.class, () -> PcapReader.readAll(f));
        assertTrue(e.getMessage().startsWith(f.toString() + ": "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertEquals(f, e.file());
        return e.getMessage();
    }

    private static void assertContains(String message, String want) {
        assertTrue(message.contains(want), () -> "expected \"" + want + "\" in: " + message);
    }

    @Test
    void badMagic() throws IOException {
        byte[] bytes = new byte[40];
        bytes[0] = 0x12;
        bytes[1] = 0x34;
        bytes[2] = 0x56;
        bytes[3] = 0x78;
        assertContains(failure(write("text.pcap", bytes)), "not a pcap file (magic 0x12345678)");
    }

    @Test
    void pcapngIsNamed() throws IOException {
        byte[] bytes = {0x0a, 0x0d, 0x0d, 0x0a, 0, 0, 0, 0x1c, 0x1a, 0x2b, 0x3c, 0x4d};
        assertContains(failure(write("ng.pcapng", bytes)), "not a pcap file (magic 0x0a0d0d0a; pcapng");
    }

    @Test
    void truncatedGlobalHeader() throws IOException {
        ByteBuffer b = header(24, 65535, 1);
        b.position(10);
        assertContains(failure(write("short.pcap", b)), "truncated global header (10 of 24 bytes)");
        assertContains(failure(write("empty.pcap", new byte[0])), "truncated global header (0 of 24 bytes)");
    }

    @Test
    void truncatedRecordHeader() throws IOException {
        ByteBuffer b = header(24 + 16 + 60 + 7, 65535, 1);
        b.putInt(1).putInt(0).putInt(60).putInt(60).put(new byte[60]); // one good record
        b.put(new byte[7]);                                            // then 7 bytes of a header
        assertContains(failure(write("cut-header.pcap", b)), "truncated record header at byte 100");
    }

    @Test
    void truncatedFrame() throws IOException {
        ByteBuffer b = header(24 + 16 + 20, 65535, 1);
        b.putInt(1).putInt(0).putInt(60).putInt(60).put(new byte[20]);
        assertContains(failure(write("cut-frame.pcap", b)), "truncated frame: record says 60 bytes, file ends after 20");
    }

    @Test
    void unsupportedLinkType() throws IOException {
        // 105 is LINKTYPE_IEEE802_11: a plausible mistake, and must not be read as Ethernet.
        Path f = write("wifi.pcap", header(24, 65535, 105));
        assertContains(failure(f), "unsupported link type 105 (want 1, Ethernet)");
        assertThrows(PcapFormatException.class, () -> PcapReader.open(f).close(), "rejected at open");
    }

    @Test
    void recordLongerThanSnaplen() throws IOException {
        ByteBuffer b = header(24 + 16 + 100, 64, 1);
        b.putInt(1).putInt(0).putInt(100).putInt(100).put(new byte[100]);
        assertContains(failure(write("oversize.pcap", b)), "record length 100 exceeds snaplen 64");
    }

    @Test
    void hugeRecordLengthIsRejectedWithoutAllocating() throws IOException {
        ByteBuffer b = header(24 + 16, 0, 1); // snaplen 0: "unknown", treated as the maximum
        b.putInt(1).putInt(0).putInt(0xffff_fff0).putInt(0xffff_fff0);
        assertContains(failure(write("huge.pcap", b)), "record length 4294967280 exceeds snaplen 262144");
    }

    @Test
    void wrongVersion() throws IOException {
        ByteBuffer b = header(24, 65535, 1);
        b.putShort(4, (short) 3);
        assertContains(failure(write("v3.pcap", b)), "unsupported version 3.4 (want 2.4)");
    }

    @Test
    void missingFileIsAnIoErrorNotAFormatError() {
        IOException e = assertThrows(IOException.class, () -> PcapReader.open(dir.resolve("absent.pcap")));
        assertFalse(e instanceof PcapFormatException, e.toString());
    }
}
