package dev.pmdfwd.forwarder;

/** Why a received packet was not transmitted. Every drop is counted under exactly one reason. */
public enum DropReason {
    /** The tx queue did not take it (after the retries of the retry policy, at once with drop). */
    TX_FULL("tx_full"),
    /** Still held when the forwarder stopped, after a last round of retries. */
    SHUTDOWN("shutdown");

    private final String key;

    DropReason(String key) {
        this.key = key;
    }

    /** The name in reports and summary.json. */
    public String key() {
        return key;
    }
}
