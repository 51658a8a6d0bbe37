package dev.pmdfwd.bench;

import org.HdrHistogram.Histogram;

/**
 * What one generator run counted. {@code measured*} count frames due within the measured window:
 * lost = offered - received among those, and refused (the switch's ingress ring was full) is part of lost.
 * The histograms hold their one-way latencies in ns, from the intended and from the actual send time,
 * and how late the generator sent each scheduled burst.
 */
record GeneratorResult(long measureNs, long offered, long refused, long received, long reordered, long foreign,
                       long allocFailures, long measuredOffered, long measuredRefused, long measuredReceived,
                       Histogram corrected, Histogram uncorrected, Histogram lateness) {

    long measuredLost() {
        return measuredOffered - measuredReceived;
    }

    double offeredPps() {
        return measuredOffered * 1e9 / measureNs;
    }

    double receivedPps() {
        return measuredReceived * 1e9 / measureNs;
    }

    double lossRatio() {
        return measuredOffered == 0 ? 0 : (double) measuredLost() / measuredOffered;
    }
}
