package dev.pmdfwd.pcap;

/**
 * One captured frame. {@code data} may be shorter than {@code originalLength} when the
 * writer's snaplen cut it. The array is not copied: records are plain carriers.
 */
public record PcapRecord(long timestampNanos, int originalLength, byte[] data) {

    public PcapRecord {
        if (data == null) {
            throw new NullPointerException("data");
        }
    }

    public boolean truncated() {
        return data.length < originalLength;
    }
}
