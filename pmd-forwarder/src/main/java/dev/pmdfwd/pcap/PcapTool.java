package dev.pmdfwd.pcap;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's and scripts' pcap helper:
 * {@code corpus FILE [REPEAT]} writes FrameCorpus.standard(REPEAT);
 * {@code compare EXPECTED ACTUAL} exits 0 when both hold the same frames in the same order.
 */
public final class PcapTool {
    private PcapTool() {
    }

    public static void main(String[] args) {
        try {
            System.exit(run(args));
        } catch (IOException e) {
            System.err.println("pcap-tool: " + e.getMessage());
            System.exit(2);
        }
    }

    static int run(String[] args) throws IOException {
        if (args.length >= 2 && args[0].equals("corpus")) {
            int repeat = args.length > 2 ? Integer.parseInt(args[2]) : 1;
            List<byte[]> frames = FrameCorpus.standard(repeat);
            try (PcapWriter writer = PcapWriter.create(Path.of(args[1]), false, PcapFormat.DEFAULT_SNAPLEN)) {
                long t = 1_700_000_000_000_000_000L;
                for (byte[] frame : frames) {
                    writer.write(t, frame);
                    t += 1_000;
                }
            }
            System.out.println("wrote " + frames.size() + " frames to " + args[1]);
            return 0;
        }
        if (args.length == 3 && args[0].equals("compare")) {
            List<byte[]> expected = PcapReader.frames(Path.of(args[1]));
            List<byte[]> actual = PcapReader.frames(Path.of(args[2]));
            String difference = FrameDiff.firstDifference(expected, actual);
            if (difference == null) {
                System.out.println(args[2] + ": the same " + actual.size() + " frames as " + args[1] + ", in order");
                return 0;
            }
            System.out.println(args[2] + " differs from " + args[1] + ": " + difference);
            return 1;
        }
        System.err.println("usage: pcap-tool corpus FILE [REPEAT] | compare EXPECTED ACTUAL");
        return 2;
    }
}
