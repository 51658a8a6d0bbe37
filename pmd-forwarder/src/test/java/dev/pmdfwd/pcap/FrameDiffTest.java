package dev.pmdfwd.pcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

final class FrameDiffTest {

    private static List<byte[]> copy(List<byte[]> frames) {
        List<byte[]> out = new ArrayList<>();
        for (byte[] f : frames) {
            out.add(f.clone()); // equal contents, different arrays: comparison must be by bytes
        }
        return out;
    }

    @Test
    void equalListsHaveNoDifference() {
        assertNull(FrameDiff.firstDifference(FrameCorpus.standard(), copy(FrameCorpus.standard())));
        assertNull(FrameDiff.firstDifference(List.of(), List.of()));
    }

    @Test
    void reorderingIsReportedAtTheFirstMovedFrame() {
        List<byte[]> expected = FrameCorpus.standard();
        List<byte[]> actual = copy(expected);
        actual.set(2, expected.get(3));
        actual.set(3, expected.get(2));
        String d = FrameDiff.firstDifference(expected, actual);
        assertNotNull(d);
        assertTrue(d.startsWith("frame 2 differs at byte "), d);
        assertTrue(d.contains("(actual equals expected frame 3)"), d);
        assertTrue(d.contains("seq 2") && d.contains("seq 3"), d);
        assertTrue(!d.contains("\n"), d);
    }

    @Test
    void flippedByteIsLocated() {
        List<byte[]> expected = FrameCorpus.standard();
        List<byte[]> actual = copy(expected);
        actual.get(5)[40] ^= 0x01;
        String d = FrameDiff.firstDifference(expected, actual);
        byte want = expected.get(5)[40];
        assertEquals("frame 5 differs at byte 40 (expected 0x%02x, actual 0x%02x): expected %s, actual %s"
                .formatted(want & 0xff, (want ^ 1) & 0xff, FrameCorpus.describe(expected.get(5)),
                        FrameCorpus.describe(actual.get(5))), d);
    }

    @Test
    void countAndLengthMismatches() {
        List<byte[]> expected = FrameCorpus.standard();
        String lost = FrameDiff.firstDifference(expected, expected.subList(0, expected.size() - 1));
        assertEquals("frame count differs: expected %d, actual %d (first %d identical)"
                .formatted(expected.size(), expected.size() - 1, expected.size() - 1), lost);

        List<byte[]> cut = copy(expected);
        cut.set(0, Arrays.copyOf(expected.get(0), 50));
        String d = FrameDiff.firstDifference(expected, cut);
        assertTrue(d.startsWith("frame 0 differs in length (expected 60, actual 50"), d);

        List<byte[]> dropped = copy(expected);
        dropped.remove(1);
        String drop = FrameDiff.firstDifference(expected, dropped);
        assertTrue(drop.startsWith("frame count differs: expected %d, actual %d; frame 1 differs"
                .formatted(expected.size(), expected.size() - 1)), drop);
        assertTrue(drop.contains("(actual equals expected frame 2)"), drop);
    }
}
