package dev.pmdfwd.report;

/**
 * The per-stream histograms the report pages plot, by their key in summary.json's
 * {@code histograms} object. Kinds the summary lists beyond these are ignored.
 */
public enum HistogramKind {
    BURST_RESIDENCE("burst_residence_ns", "burst residence", "ns", "no samples"),
    RX_BURST_SIZE("rx_burst_size", "rx burst size", "packets", "no bursts"),
    TX_SHORTFALL_SIZE("tx_shortfall_size", "tx shortfall size", "packets", "no shortfalls"),
    TX_RETRIES_PER_BURST("tx_retries_per_burst", "tx retries per burst", "retries", "no retries");

    private final String key;
    private final String title;
    private final String unit;
    private final String emptyNote;

    HistogramKind(String key, String title, String unit, String emptyNote) {
        this.key = key;
        this.title = title;
        this.unit = unit;
        this.emptyNote = emptyNote;
    }

    /** The unit the forwarder records it in, for when summary.json does not say. */
    public String unit() {
        return unit;
    }

    /** The key in summary.json and the suffix of the .hgrm file name. */
    public String key() {
        return key;
    }

    /** A heading for the plot. */
    public String title() {
        return title;
    }

    /** What an empty histogram of this kind means, shown instead of a plot. */
    public String emptyNote() {
        return emptyNote;
    }

    /** The kind with this summary.json key, or null for one this report does not know. */
    static HistogramKind byKey(String key) {
        for (HistogramKind kind : values()) {
            if (kind.key.equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
