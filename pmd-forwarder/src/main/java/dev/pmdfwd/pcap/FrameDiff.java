package dev.pmdfwd.pcap;

import java.util.Arrays;
import java.util.List;

/** Compares frame lists for forwarding tests, reporting the first difference in one line. */
public final class FrameDiff {

    private FrameDiff() {
    }

    /**
     * Null when both lists hold the same frames, byte for byte, in the same order; otherwise a
     * one-line description of the count mismatch or of the first frame that differs.
     */
    public static String firstDifference(List<byte[]> expected, List<byte[]> actual) {
        int common = Math.min(expected.size(), actual.size());
        for (int i = 0; i < common; i++) {
            byte[] e = expected.get(i);
            byte[] a = actual.get(i);
            if (Arrays.equals(e, a)) {
                continue;
            }
            String where = describeMismatch(e, a);
            String prefix = expected.size() == actual.size() ? ""
                    : "frame count differs: expected %d, actual %d; ".formatted(expected.size(), actual.size());
            return prefix + "frame %d differs %s: expected %s, actual %s%s".formatted(
                    i, where, FrameCorpus.describe(e), FrameCorpus.describe(a), whereElse(expected, a, i));
        }
        if (expected.size() != actual.size()) {
            return "frame count differs: expected %d, actual %d (first %d identical)"
                    .formatted(expected.size(), actual.size(), common);
        }
        return null;
    }

    private static String describeMismatch(byte[] e, byte[] a) {
        if (e == null || a == null) {
            return "(one is null)";
        }
        int at = Arrays.mismatch(e, a);
        if (at >= Math.min(e.length, a.length)) {
            // One is a prefix of the other: a cut or padded frame.
            return "in length (expected %d, actual %d; identical up to byte %d)".formatted(e.length, a.length, at);
        }
        return "at byte %d (expected 0x%02x, actual 0x%02x)".formatted(at, e[at] & 0xff, a[at] & 0xff);
    }

    /** Names another expected index holding the actual frame, which tells reordering from corruption. */
    private static String whereElse(List<byte[]> expected, byte[] actual, int index) {
        for (int j = 0; j < expected.size(); j++) {
            if (j != index && Arrays.equals(expected.get(j), actual)) {
                return " (actual equals expected frame %d)".formatted(j);
            }
        }
        return "";
    }
}
