package dev.pmdfwd.dpdk;

/**
 * A DPDK call failed. The message is one line meant for the user: what was attempted, on what, and
 * DPDK's own reason ({@code rte_strerror}).
 */
public final class DpdkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int errno;

    public DpdkException(String message, int errno) {
        super(message);
        this.errno = errno;
    }

    public DpdkException(String message, Throwable cause) {
        super(message, cause);
        this.errno = 0;
    }

    /** The positive errno DPDK reported, or 0 when none applies. */
    public int errno() {
        return errno;
    }

    /**
     * Throws for a negative DPDK return code ({@code -errno}, the ethdev convention); returns it otherwise.
     */
    public static int check(int rc, String what) {
        if (rc < 0) {
            throw new DpdkException(what + ": " + RteErrno.describe(-rc), -rc);
        }
        return rc;
    }
}
