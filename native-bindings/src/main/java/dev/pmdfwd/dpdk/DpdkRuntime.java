package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;

/**
 * Finds the DPDK runtime and refuses one these bindings were not written for. The bindings mirror
 * DPDK 22.11 (ABI 23): struct offsets and inline functions change between majors, so running against
 * another release would corrupt memory rather than fail.
 */
public final class DpdkRuntime {
    /** The release the bindings mirror, as {@code rte_version()} spells its prefix. */
    public static final String SUPPORTED = "DPDK 22.11";

    private DpdkRuntime() {
    }

    /** {@code rte_version()}, e.g. "DPDK 22.11.11". */
    public static String version() {
        requireLoadable();
        return dpdk_h.rte_version().getString(0);
    }

    /** Throws a one-line {@link DpdkException} unless the installed DPDK is a 22.11 release. */
    public static void requireSupported() {
        String version = version();
        requireSupported(version);
    }

    static void requireSupported(String version) {
        if (!(version.equals(SUPPORTED) || version.startsWith(SUPPORTED + "."))) {
            throw new DpdkException("found " + version + " but pmd-forwarder's bindings are for " + SUPPORTED
                    + " (ABI 23): install DPDK 22.11 (scripts/setup.sh) or regenerate the bindings with"
                    + " scripts/jextract-dpdk.sh and re-run the layout test", 0);
        }
    }

    private static void requireLoadable() {
        try {
            dpdk_h.rte_version$address();
        } catch (ExceptionInInitializerError | NoClassDefFoundError | IllegalArgumentException e) {
            throw new DpdkException("cannot load the DPDK 22.11 libraries (librte_eal.so.23 and friends): "
                    + "install them with scripts/setup.sh (Debian packages dpdk and libdpdk-dev)", e);
        }
    }
}
