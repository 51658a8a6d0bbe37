// Generated in the shape of jextract (JDK 22+ output), from the DPDK 22.11 headers listed in
// native-bindings/src/main/c/dpdk.h, for exactly the symbols in native-bindings/dpdk-symbols.txt.
// Regenerate with scripts/jextract-dpdk.sh where jextract is installed. LayoutTest checks the
// constants against the installed headers and that every listed symbol resolves.

package dev.pmdfwd.dpdk.gen;

import java.lang.invoke.*;
import java.lang.foreign.*;
import java.util.*;
import java.util.stream.*;

import static java.lang.foreign.ValueLayout.*;
import static java.lang.foreign.MemoryLayout.PathElement.*;

public class dpdk_h {

    dpdk_h() {
        // Should not be called directly
    }

    static final Arena LIBRARY_ARENA = Arena.ofAuto();
    static final boolean TRACE_DOWNCALLS = Boolean.getBoolean("jextract.trace.downcalls");

    static void traceDowncall(String name, Object... args) {
         String traceArgs = Arrays.stream(args)
                       .map(Object::toString)
                       .collect(Collectors.joining(", "));
         System.out.printf("%s(%s)\n", name, traceArgs);
    }

    static MemorySegment findOrThrow(String symbol) {
        return SYMBOL_LOOKUP.find(symbol)
            .orElseThrow(() -> new UnsatisfiedLinkError("unresolved symbol: " + symbol));
    }

    static MethodHandle upcallHandle(Class<?> fi, String name, FunctionDescriptor fdesc) {
        try {
            return MethodHandles.lookup().findVirtual(fi, name, fdesc.toMethodType());
        } catch (ReflectiveOperationException ex) {
            throw new AssertionError(ex);
        }
    }

    static MemoryLayout align(MemoryLayout layout, long align) {
        return switch (layout) {
            case PaddingLayout p -> p;
            case ValueLayout v -> v.withByteAlignment(align);
            case GroupLayout g -> {
                MemoryLayout[] alignedMembers = g.memberLayouts().stream()
                        .map(m -> align(m, align)).toArray(MemoryLayout[]::new);
                yield g instanceof StructLayout ?
                        MemoryLayout.structLayout(alignedMembers) : MemoryLayout.unionLayout(alignedMembers);
            }
            case SequenceLayout s -> MemoryLayout.sequenceLayout(s.elementCount(), align(s.elementLayout(), align));
        };
    }

    static final SymbolLookup SYMBOL_LOOKUP = SymbolLookup.libraryLookup("librte_eal.so.23", LIBRARY_ARENA)
            .or(SymbolLookup.libraryLookup("librte_mempool.so.23", LIBRARY_ARENA))
            .or(SymbolLookup.libraryLookup("librte_mbuf.so.23", LIBRARY_ARENA))
            .or(SymbolLookup.libraryLookup("librte_ring.so.23", LIBRARY_ARENA))
            .or(SymbolLookup.libraryLookup("librte_ethdev.so.23", LIBRARY_ARENA))
            .or(SymbolLookup.libraryLookup("librte_net_ring.so.23", LIBRARY_ARENA))
            .or(SymbolLookup.loaderLookup())
            .or(Linker.nativeLinker().defaultLookup());

    public static final ValueLayout.OfBoolean C_BOOL = ValueLayout.JAVA_BOOLEAN;
    public static final ValueLayout.OfByte C_CHAR = ValueLayout.JAVA_BYTE;
    public static final ValueLayout.OfShort C_SHORT = ValueLayout.JAVA_SHORT;
    public static final ValueLayout.OfInt C_INT = ValueLayout.JAVA_INT;
    public static final ValueLayout.OfLong C_LONG_LONG = ValueLayout.JAVA_LONG;
    public static final ValueLayout.OfFloat C_FLOAT = ValueLayout.JAVA_FLOAT;
    public static final ValueLayout.OfDouble C_DOUBLE = ValueLayout.JAVA_DOUBLE;
    public static final AddressLayout C_POINTER = ValueLayout.ADDRESS
            .withTargetLayout(MemoryLayout.sequenceLayout(java.lang.Long.MAX_VALUE, JAVA_BYTE));
    public static final ValueLayout.OfLong C_LONG = ValueLayout.JAVA_LONG;

    private static final int RTE_MAX_ETHPORTS = (int)32L;
    /** {@snippet lang=c : #define RTE_MAX_ETHPORTS 32 } */
    public static int RTE_MAX_ETHPORTS() {
        return RTE_MAX_ETHPORTS;
    }

    private static final int RTE_MAX_LCORE = (int)128L;
    /** {@snippet lang=c : #define RTE_MAX_LCORE 128 } */
    public static int RTE_MAX_LCORE() {
        return RTE_MAX_LCORE;
    }

    private static final int RTE_VER_YEAR = (int)22L;
    /** {@snippet lang=c : #define RTE_VER_YEAR 22 } */
    public static int RTE_VER_YEAR() {
        return RTE_VER_YEAR;
    }

    private static final int RTE_VER_MONTH = (int)11L;
    /** {@snippet lang=c : #define RTE_VER_MONTH 11 } */
    public static int RTE_VER_MONTH() {
        return RTE_VER_MONTH;
    }

    private static final int RTE_ETHDEV_QUEUE_STAT_CNTRS = (int)16L;
    /** {@snippet lang=c : #define RTE_ETHDEV_QUEUE_STAT_CNTRS 16 } */
    public static int RTE_ETHDEV_QUEUE_STAT_CNTRS() {
        return RTE_ETHDEV_QUEUE_STAT_CNTRS;
    }

    private static final int RTE_ETH_NAME_MAX_LEN = (int)64L;
    /** {@snippet lang=c : #define RTE_ETH_NAME_MAX_LEN 64 } */
    public static int RTE_ETH_NAME_MAX_LEN() {
        return RTE_ETH_NAME_MAX_LEN;
    }

    private static final int RTE_ETH_XSTATS_NAME_SIZE = (int)64L;
    /** {@snippet lang=c : #define RTE_ETH_XSTATS_NAME_SIZE 64 } */
    public static int RTE_ETH_XSTATS_NAME_SIZE() {
        return RTE_ETH_XSTATS_NAME_SIZE;
    }

    private static final int RTE_MEMPOOL_CACHE_MAX_SIZE = (int)512L;
    /** {@snippet lang=c : #define RTE_MEMPOOL_CACHE_MAX_SIZE 512 } */
    public static int RTE_MEMPOOL_CACHE_MAX_SIZE() {
        return RTE_MEMPOOL_CACHE_MAX_SIZE;
    }

    private static final int RTE_MBUF_DEFAULT_BUF_SIZE = (int)2176L;
    /** {@snippet lang=c : #define RTE_MBUF_DEFAULT_BUF_SIZE 2176 } */
    public static int RTE_MBUF_DEFAULT_BUF_SIZE() {
        return RTE_MBUF_DEFAULT_BUF_SIZE;
    }

    private static final int RTE_PKTMBUF_HEADROOM = (int)128L;
    /** {@snippet lang=c : #define RTE_PKTMBUF_HEADROOM 128 } */
    public static int RTE_PKTMBUF_HEADROOM() {
        return RTE_PKTMBUF_HEADROOM;
    }

    private static final int RTE_ETHER_HDR_LEN = (int)14L;
    /** {@snippet lang=c : #define RTE_ETHER_HDR_LEN 14 } */
    public static int RTE_ETHER_HDR_LEN() {
        return RTE_ETHER_HDR_LEN;
    }

    private static final int RTE_ETHER_CRC_LEN = (int)4L;
    /** {@snippet lang=c : #define RTE_ETHER_CRC_LEN 4 } */
    public static int RTE_ETHER_CRC_LEN() {
        return RTE_ETHER_CRC_LEN;
    }

    private static final int RTE_ETHER_MTU = (int)1500L;
    /** {@snippet lang=c : #define RTE_ETHER_MTU 1500 } */
    public static int RTE_ETHER_MTU() {
        return RTE_ETHER_MTU;
    }

    private static final int RTE_ETHER_MAX_LEN = (int)1518L;
    /** {@snippet lang=c : #define RTE_ETHER_MAX_LEN 1518 } */
    public static int RTE_ETHER_MAX_LEN() {
        return RTE_ETHER_MAX_LEN;
    }

    private static final int RTE_ETHER_MIN_LEN = (int)64L;
    /** {@snippet lang=c : #define RTE_ETHER_MIN_LEN 64 } */
    public static int RTE_ETHER_MIN_LEN() {
        return RTE_ETHER_MIN_LEN;
    }

    private static final int RTE_ETH_MQ_RX_NONE = (int)0L;
    /** {@snippet lang=c : #define RTE_ETH_MQ_RX_NONE 0 } */
    public static int RTE_ETH_MQ_RX_NONE() {
        return RTE_ETH_MQ_RX_NONE;
    }

    private static final int RTE_ETH_MQ_RX_RSS = (int)1L;
    /** {@snippet lang=c : #define RTE_ETH_MQ_RX_RSS 1 } */
    public static int RTE_ETH_MQ_RX_RSS() {
        return RTE_ETH_MQ_RX_RSS;
    }

    private static final long RTE_ETH_RX_OFFLOAD_SCATTER = (long)8192L;
    /** {@snippet lang=c : #define RTE_ETH_RX_OFFLOAD_SCATTER 8192 } */
    public static long RTE_ETH_RX_OFFLOAD_SCATTER() {
        return RTE_ETH_RX_OFFLOAD_SCATTER;
    }

    private static final long RTE_ETH_TX_OFFLOAD_MULTI_SEGS = (long)32768L;
    /** {@snippet lang=c : #define RTE_ETH_TX_OFFLOAD_MULTI_SEGS 32768 } */
    public static long RTE_ETH_TX_OFFLOAD_MULTI_SEGS() {
        return RTE_ETH_TX_OFFLOAD_MULTI_SEGS;
    }

    private static final long RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE = (long)65536L;
    /** {@snippet lang=c : #define RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE 65536 } */
    public static long RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE() {
        return RTE_ETH_TX_OFFLOAD_MBUF_FAST_FREE;
    }

    private static final long RTE_ETH_RSS_IP = (long)41868L;
    /** {@snippet lang=c : #define RTE_ETH_RSS_IP 41868 } */
    public static long RTE_ETH_RSS_IP() {
        return RTE_ETH_RSS_IP;
    }

    private static final long RTE_ETH_RSS_UDP = (long)133152L;
    /** {@snippet lang=c : #define RTE_ETH_RSS_UDP 133152 } */
    public static long RTE_ETH_RSS_UDP() {
        return RTE_ETH_RSS_UDP;
    }

    private static final long RTE_ETH_RSS_TCP = (long)66576L;
    /** {@snippet lang=c : #define RTE_ETH_RSS_TCP 66576 } */
    public static long RTE_ETH_RSS_TCP() {
        return RTE_ETH_RSS_TCP;
    }

    private static final int RTE_ETH_LINK_UP = (int)1L;
    /** {@snippet lang=c : #define RTE_ETH_LINK_UP 1 } */
    public static int RTE_ETH_LINK_UP() {
        return RTE_ETH_LINK_UP;
    }

    private static final int RTE_ETH_LINK_DOWN = (int)0L;
    /** {@snippet lang=c : #define RTE_ETH_LINK_DOWN 0 } */
    public static int RTE_ETH_LINK_DOWN() {
        return RTE_ETH_LINK_DOWN;
    }

    private static final int RTE_ETH_LINK_FULL_DUPLEX = (int)1L;
    /** {@snippet lang=c : #define RTE_ETH_LINK_FULL_DUPLEX 1 } */
    public static int RTE_ETH_LINK_FULL_DUPLEX() {
        return RTE_ETH_LINK_FULL_DUPLEX;
    }

    private static final int SOCKET_ID_ANY = (int)-1L;
    /** {@snippet lang=c : #define SOCKET_ID_ANY -1 } */
    public static int SOCKET_ID_ANY() {
        return SOCKET_ID_ANY;
    }

    private static final int RING_F_SP_ENQ = (int)1L;
    /** {@snippet lang=c : #define RING_F_SP_ENQ 1 } */
    public static int RING_F_SP_ENQ() {
        return RING_F_SP_ENQ;
    }

    private static final int RING_F_SC_DEQ = (int)2L;
    /** {@snippet lang=c : #define RING_F_SC_DEQ 2 } */
    public static int RING_F_SC_DEQ() {
        return RING_F_SC_DEQ;
    }

    private static final int RTE_MBUF_DYN_NAMESIZE = (int)64L;
    /** {@snippet lang=c : #define RTE_MBUF_DYN_NAMESIZE 64 } */
    public static int RTE_MBUF_DYN_NAMESIZE() {
        return RTE_MBUF_DYN_NAMESIZE;
    }

    private static final int RTE_MEMPOOL_MAX_OPS_IDX = (int)16L;
    /** {@snippet lang=c : #define RTE_MEMPOOL_MAX_OPS_IDX 16 } */
    public static int RTE_MEMPOOL_MAX_OPS_IDX() {
        return RTE_MEMPOOL_MAX_OPS_IDX;
    }

    private static final long RTE_MBUF_F_EXTERNAL = 2305843009213693952L;
    /** {@snippet lang=c : #define RTE_MBUF_F_EXTERNAL (1ULL << 61) } */
    public static long RTE_MBUF_F_EXTERNAL() {
        return RTE_MBUF_F_EXTERNAL;
    }

    private static final int RTE_MBUF_PORT_INVALID = (int)65535L;
    /** {@snippet lang=c : #define RTE_MBUF_PORT_INVALID UINT16_MAX } */
    public static int RTE_MBUF_PORT_INVALID() {
        return RTE_MBUF_PORT_INVALID;
    }

    private static class rte_eal_init {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_INT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eal_init");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eal_init(int argc, char **argv) } */
    public static FunctionDescriptor rte_eal_init$descriptor() {
        return rte_eal_init.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eal_init(int argc, char **argv) } */
    public static MethodHandle rte_eal_init$handle() {
        return rte_eal_init.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eal_init(int argc, char **argv) } */
    public static MemorySegment rte_eal_init$address() {
        return rte_eal_init.ADDR;
    }

    /** {@snippet lang=c : int rte_eal_init(int argc, char **argv) } */
    public static int rte_eal_init(int argc, MemorySegment argv) {
        var mh$ = rte_eal_init.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eal_init", argc, argv);
            }
                return (int)mh$.invokeExact(argc, argv);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eal_cleanup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eal_cleanup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eal_cleanup(void) } */
    public static FunctionDescriptor rte_eal_cleanup$descriptor() {
        return rte_eal_cleanup.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eal_cleanup(void) } */
    public static MethodHandle rte_eal_cleanup$handle() {
        return rte_eal_cleanup.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eal_cleanup(void) } */
    public static MemorySegment rte_eal_cleanup$address() {
        return rte_eal_cleanup.ADDR;
    }

    /** {@snippet lang=c : int rte_eal_cleanup(void) } */
    public static int rte_eal_cleanup() {
        var mh$ = rte_eal_cleanup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eal_cleanup");
            }
                return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_lcore_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_lcore_count");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_lcore_count(void) } */
    public static FunctionDescriptor rte_lcore_count$descriptor() {
        return rte_lcore_count.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_lcore_count(void) } */
    public static MethodHandle rte_lcore_count$handle() {
        return rte_lcore_count.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_lcore_count(void) } */
    public static MemorySegment rte_lcore_count$address() {
        return rte_lcore_count.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_lcore_count(void) } */
    public static int rte_lcore_count() {
        var mh$ = rte_lcore_count.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_lcore_count");
            }
                return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_get_main_lcore {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_get_main_lcore");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_get_main_lcore(void) } */
    public static FunctionDescriptor rte_get_main_lcore$descriptor() {
        return rte_get_main_lcore.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_get_main_lcore(void) } */
    public static MethodHandle rte_get_main_lcore$handle() {
        return rte_get_main_lcore.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_get_main_lcore(void) } */
    public static MemorySegment rte_get_main_lcore$address() {
        return rte_get_main_lcore.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_get_main_lcore(void) } */
    public static int rte_get_main_lcore() {
        var mh$ = rte_get_main_lcore.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_get_main_lcore");
            }
                return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_get_next_lcore {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_INT,
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_get_next_lcore");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_get_next_lcore(unsigned int i, int skip_main, int wrap) } */
    public static FunctionDescriptor rte_get_next_lcore$descriptor() {
        return rte_get_next_lcore.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_get_next_lcore(unsigned int i, int skip_main, int wrap) } */
    public static MethodHandle rte_get_next_lcore$handle() {
        return rte_get_next_lcore.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_get_next_lcore(unsigned int i, int skip_main, int wrap) } */
    public static MemorySegment rte_get_next_lcore$address() {
        return rte_get_next_lcore.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_get_next_lcore(unsigned int i, int skip_main, int wrap) } */
    public static int rte_get_next_lcore(int i, int skip_main, int wrap) {
        var mh$ = rte_get_next_lcore.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_get_next_lcore", i, skip_main, wrap);
            }
                return (int)mh$.invokeExact(i, skip_main, wrap);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_lcore_is_enabled {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_lcore_is_enabled");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_lcore_is_enabled(unsigned int lcore_id) } */
    public static FunctionDescriptor rte_lcore_is_enabled$descriptor() {
        return rte_lcore_is_enabled.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_lcore_is_enabled(unsigned int lcore_id) } */
    public static MethodHandle rte_lcore_is_enabled$handle() {
        return rte_lcore_is_enabled.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_lcore_is_enabled(unsigned int lcore_id) } */
    public static MemorySegment rte_lcore_is_enabled$address() {
        return rte_lcore_is_enabled.ADDR;
    }

    /** {@snippet lang=c : int rte_lcore_is_enabled(unsigned int lcore_id) } */
    public static int rte_lcore_is_enabled(int lcore_id) {
        var mh$ = rte_lcore_is_enabled.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_lcore_is_enabled", lcore_id);
            }
                return (int)mh$.invokeExact(lcore_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_lcore_to_socket_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_lcore_to_socket_id");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_lcore_to_socket_id(unsigned int lcore_id) } */
    public static FunctionDescriptor rte_lcore_to_socket_id$descriptor() {
        return rte_lcore_to_socket_id.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_lcore_to_socket_id(unsigned int lcore_id) } */
    public static MethodHandle rte_lcore_to_socket_id$handle() {
        return rte_lcore_to_socket_id.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_lcore_to_socket_id(unsigned int lcore_id) } */
    public static MemorySegment rte_lcore_to_socket_id$address() {
        return rte_lcore_to_socket_id.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_lcore_to_socket_id(unsigned int lcore_id) } */
    public static int rte_lcore_to_socket_id(int lcore_id) {
        var mh$ = rte_lcore_to_socket_id.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_lcore_to_socket_id", lcore_id);
            }
                return (int)mh$.invokeExact(lcore_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_socket_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_socket_id");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_socket_id(void) } */
    public static FunctionDescriptor rte_socket_id$descriptor() {
        return rte_socket_id.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_socket_id(void) } */
    public static MethodHandle rte_socket_id$handle() {
        return rte_socket_id.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_socket_id(void) } */
    public static MemorySegment rte_socket_id$address() {
        return rte_socket_id.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_socket_id(void) } */
    public static int rte_socket_id() {
        var mh$ = rte_socket_id.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_socket_id");
            }
                return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eal_remote_launch {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eal_remote_launch");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id) } */
    public static FunctionDescriptor rte_eal_remote_launch$descriptor() {
        return rte_eal_remote_launch.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id) } */
    public static MethodHandle rte_eal_remote_launch$handle() {
        return rte_eal_remote_launch.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id) } */
    public static MemorySegment rte_eal_remote_launch$address() {
        return rte_eal_remote_launch.ADDR;
    }

    /** {@snippet lang=c : int rte_eal_remote_launch(lcore_function_t *f, void *arg, unsigned int worker_id) } */
    public static int rte_eal_remote_launch(MemorySegment f, MemorySegment arg, int worker_id) {
        var mh$ = rte_eal_remote_launch.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eal_remote_launch", f, arg, worker_id);
            }
                return (int)mh$.invokeExact(f, arg, worker_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eal_wait_lcore {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eal_wait_lcore");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eal_wait_lcore(unsigned int worker_id) } */
    public static FunctionDescriptor rte_eal_wait_lcore$descriptor() {
        return rte_eal_wait_lcore.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eal_wait_lcore(unsigned int worker_id) } */
    public static MethodHandle rte_eal_wait_lcore$handle() {
        return rte_eal_wait_lcore.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eal_wait_lcore(unsigned int worker_id) } */
    public static MemorySegment rte_eal_wait_lcore$address() {
        return rte_eal_wait_lcore.ADDR;
    }

    /** {@snippet lang=c : int rte_eal_wait_lcore(unsigned int worker_id) } */
    public static int rte_eal_wait_lcore(int worker_id) {
        var mh$ = rte_eal_wait_lcore.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eal_wait_lcore", worker_id);
            }
                return (int)mh$.invokeExact(worker_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eal_mp_wait_lcore {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eal_mp_wait_lcore");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : void rte_eal_mp_wait_lcore(void) } */
    public static FunctionDescriptor rte_eal_mp_wait_lcore$descriptor() {
        return rte_eal_mp_wait_lcore.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : void rte_eal_mp_wait_lcore(void) } */
    public static MethodHandle rte_eal_mp_wait_lcore$handle() {
        return rte_eal_mp_wait_lcore.HANDLE;
    }

    /** Address for: {@snippet lang=c : void rte_eal_mp_wait_lcore(void) } */
    public static MemorySegment rte_eal_mp_wait_lcore$address() {
        return rte_eal_mp_wait_lcore.ADDR;
    }

    /** {@snippet lang=c : void rte_eal_mp_wait_lcore(void) } */
    public static void rte_eal_mp_wait_lcore() {
        var mh$ = rte_eal_mp_wait_lcore.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eal_mp_wait_lcore");
            }
                mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_thread_register {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_thread_register");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_thread_register(void) } */
    public static FunctionDescriptor rte_thread_register$descriptor() {
        return rte_thread_register.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_thread_register(void) } */
    public static MethodHandle rte_thread_register$handle() {
        return rte_thread_register.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_thread_register(void) } */
    public static MemorySegment rte_thread_register$address() {
        return rte_thread_register.ADDR;
    }

    /** {@snippet lang=c : int rte_thread_register(void) } */
    public static int rte_thread_register() {
        var mh$ = rte_thread_register.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_thread_register");
            }
                return (int)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_thread_unregister {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid();

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_thread_unregister");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : void rte_thread_unregister(void) } */
    public static FunctionDescriptor rte_thread_unregister$descriptor() {
        return rte_thread_unregister.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : void rte_thread_unregister(void) } */
    public static MethodHandle rte_thread_unregister$handle() {
        return rte_thread_unregister.HANDLE;
    }

    /** Address for: {@snippet lang=c : void rte_thread_unregister(void) } */
    public static MemorySegment rte_thread_unregister$address() {
        return rte_thread_unregister.ADDR;
    }

    /** {@snippet lang=c : void rte_thread_unregister(void) } */
    public static void rte_thread_unregister() {
        var mh$ = rte_thread_unregister.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_thread_unregister");
            }
                mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_get_tsc_hz {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_LONG
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_get_tsc_hz");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : uint64_t rte_get_tsc_hz(void) } */
    public static FunctionDescriptor rte_get_tsc_hz$descriptor() {
        return rte_get_tsc_hz.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : uint64_t rte_get_tsc_hz(void) } */
    public static MethodHandle rte_get_tsc_hz$handle() {
        return rte_get_tsc_hz.HANDLE;
    }

    /** Address for: {@snippet lang=c : uint64_t rte_get_tsc_hz(void) } */
    public static MemorySegment rte_get_tsc_hz$address() {
        return rte_get_tsc_hz.ADDR;
    }

    /** {@snippet lang=c : uint64_t rte_get_tsc_hz(void) } */
    public static long rte_get_tsc_hz() {
        var mh$ = rte_get_tsc_hz.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_get_tsc_hz");
            }
                return (long)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_openlog_stream {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_openlog_stream");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_openlog_stream(FILE *f) } */
    public static FunctionDescriptor rte_openlog_stream$descriptor() {
        return rte_openlog_stream.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_openlog_stream(FILE *f) } */
    public static MethodHandle rte_openlog_stream$handle() {
        return rte_openlog_stream.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_openlog_stream(FILE *f) } */
    public static MemorySegment rte_openlog_stream$address() {
        return rte_openlog_stream.ADDR;
    }

    /** {@snippet lang=c : int rte_openlog_stream(FILE *f) } */
    public static int rte_openlog_stream(MemorySegment f) {
        var mh$ = rte_openlog_stream.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_openlog_stream", f);
            }
                return (int)mh$.invokeExact(f);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_strerror {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_POINTER,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_strerror");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : const char *rte_strerror(int errnum) } */
    public static FunctionDescriptor rte_strerror$descriptor() {
        return rte_strerror.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : const char *rte_strerror(int errnum) } */
    public static MethodHandle rte_strerror$handle() {
        return rte_strerror.HANDLE;
    }

    /** Address for: {@snippet lang=c : const char *rte_strerror(int errnum) } */
    public static MemorySegment rte_strerror$address() {
        return rte_strerror.ADDR;
    }

    /** {@snippet lang=c : const char *rte_strerror(int errnum) } */
    public static MemorySegment rte_strerror(int errnum) {
        var mh$ = rte_strerror.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_strerror", errnum);
            }
                return (MemorySegment)mh$.invokeExact(errnum);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_version {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_version");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : const char *rte_version(void) } */
    public static FunctionDescriptor rte_version$descriptor() {
        return rte_version.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : const char *rte_version(void) } */
    public static MethodHandle rte_version$handle() {
        return rte_version.HANDLE;
    }

    /** Address for: {@snippet lang=c : const char *rte_version(void) } */
    public static MemorySegment rte_version$address() {
        return rte_version.ADDR;
    }

    /** {@snippet lang=c : const char *rte_version(void) } */
    public static MemorySegment rte_version() {
        var mh$ = rte_version.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_version");
            }
                return (MemorySegment)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_pktmbuf_pool_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT,
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_pktmbuf_pool_create");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : struct rte_mempool *rte_pktmbuf_pool_create(const char *name, unsigned int n, unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size, int socket_id) } */
    public static FunctionDescriptor rte_pktmbuf_pool_create$descriptor() {
        return rte_pktmbuf_pool_create.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : struct rte_mempool *rte_pktmbuf_pool_create(const char *name, unsigned int n, unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size, int socket_id) } */
    public static MethodHandle rte_pktmbuf_pool_create$handle() {
        return rte_pktmbuf_pool_create.HANDLE;
    }

    /** Address for: {@snippet lang=c : struct rte_mempool *rte_pktmbuf_pool_create(const char *name, unsigned int n, unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size, int socket_id) } */
    public static MemorySegment rte_pktmbuf_pool_create$address() {
        return rte_pktmbuf_pool_create.ADDR;
    }

    /** {@snippet lang=c : struct rte_mempool *rte_pktmbuf_pool_create(const char *name, unsigned int n, unsigned int cache_size, uint16_t priv_size, uint16_t data_room_size, int socket_id) } */
    public static MemorySegment rte_pktmbuf_pool_create(MemorySegment name, int n, int cache_size, short priv_size, short data_room_size, int socket_id) {
        var mh$ = rte_pktmbuf_pool_create.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_pktmbuf_pool_create", name, n, cache_size, priv_size, data_room_size, socket_id);
            }
                return (MemorySegment)mh$.invokeExact(name, n, cache_size, priv_size, data_room_size, socket_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_mempool_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_mempool_free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : void rte_mempool_free(struct rte_mempool *mp) } */
    public static FunctionDescriptor rte_mempool_free$descriptor() {
        return rte_mempool_free.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : void rte_mempool_free(struct rte_mempool *mp) } */
    public static MethodHandle rte_mempool_free$handle() {
        return rte_mempool_free.HANDLE;
    }

    /** Address for: {@snippet lang=c : void rte_mempool_free(struct rte_mempool *mp) } */
    public static MemorySegment rte_mempool_free$address() {
        return rte_mempool_free.ADDR;
    }

    /** {@snippet lang=c : void rte_mempool_free(struct rte_mempool *mp) } */
    public static void rte_mempool_free(MemorySegment mp) {
        var mh$ = rte_mempool_free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_mempool_free", mp);
            }
                mh$.invokeExact(mp);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_mempool_avail_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_mempool_avail_count");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_mempool_avail_count(const struct rte_mempool *mp) } */
    public static FunctionDescriptor rte_mempool_avail_count$descriptor() {
        return rte_mempool_avail_count.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_mempool_avail_count(const struct rte_mempool *mp) } */
    public static MethodHandle rte_mempool_avail_count$handle() {
        return rte_mempool_avail_count.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_mempool_avail_count(const struct rte_mempool *mp) } */
    public static MemorySegment rte_mempool_avail_count$address() {
        return rte_mempool_avail_count.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_mempool_avail_count(const struct rte_mempool *mp) } */
    public static int rte_mempool_avail_count(MemorySegment mp) {
        var mh$ = rte_mempool_avail_count.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_mempool_avail_count", mp);
            }
                return (int)mh$.invokeExact(mp);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_mempool_in_use_count {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_mempool_in_use_count");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : unsigned int rte_mempool_in_use_count(const struct rte_mempool *mp) } */
    public static FunctionDescriptor rte_mempool_in_use_count$descriptor() {
        return rte_mempool_in_use_count.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : unsigned int rte_mempool_in_use_count(const struct rte_mempool *mp) } */
    public static MethodHandle rte_mempool_in_use_count$handle() {
        return rte_mempool_in_use_count.HANDLE;
    }

    /** Address for: {@snippet lang=c : unsigned int rte_mempool_in_use_count(const struct rte_mempool *mp) } */
    public static MemorySegment rte_mempool_in_use_count$address() {
        return rte_mempool_in_use_count.ADDR;
    }

    /** {@snippet lang=c : unsigned int rte_mempool_in_use_count(const struct rte_mempool *mp) } */
    public static int rte_mempool_in_use_count(MemorySegment mp) {
        var mh$ = rte_mempool_in_use_count.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_mempool_in_use_count", mp);
            }
                return (int)mh$.invokeExact(mp);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_pktmbuf_free_bulk {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            dpdk_h.C_POINTER,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_pktmbuf_free_bulk");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count) } */
    public static FunctionDescriptor rte_pktmbuf_free_bulk$descriptor() {
        return rte_pktmbuf_free_bulk.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count) } */
    public static MethodHandle rte_pktmbuf_free_bulk$handle() {
        return rte_pktmbuf_free_bulk.HANDLE;
    }

    /** Address for: {@snippet lang=c : void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count) } */
    public static MemorySegment rte_pktmbuf_free_bulk$address() {
        return rte_pktmbuf_free_bulk.ADDR;
    }

    /** {@snippet lang=c : void rte_pktmbuf_free_bulk(struct rte_mbuf **mbufs, unsigned int count) } */
    public static void rte_pktmbuf_free_bulk(MemorySegment mbufs, int count) {
        var mh$ = rte_pktmbuf_free_bulk.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_pktmbuf_free_bulk", mbufs, count);
            }
                mh$.invokeExact(mbufs, count);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_pktmbuf_copy {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_pktmbuf_copy");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : struct rte_mbuf *rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp, uint32_t offset, uint32_t length) } */
    public static FunctionDescriptor rte_pktmbuf_copy$descriptor() {
        return rte_pktmbuf_copy.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : struct rte_mbuf *rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp, uint32_t offset, uint32_t length) } */
    public static MethodHandle rte_pktmbuf_copy$handle() {
        return rte_pktmbuf_copy.HANDLE;
    }

    /** Address for: {@snippet lang=c : struct rte_mbuf *rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp, uint32_t offset, uint32_t length) } */
    public static MemorySegment rte_pktmbuf_copy$address() {
        return rte_pktmbuf_copy.ADDR;
    }

    /** {@snippet lang=c : struct rte_mbuf *rte_pktmbuf_copy(const struct rte_mbuf *m, struct rte_mempool *mp, uint32_t offset, uint32_t length) } */
    public static MemorySegment rte_pktmbuf_copy(MemorySegment m, MemorySegment mp, int offset, int length) {
        var mh$ = rte_pktmbuf_copy.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_pktmbuf_copy", m, mp, offset, length);
            }
                return (MemorySegment)mh$.invokeExact(m, mp, offset, length);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_mbuf_dynfield_lookup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_mbuf_dynfield_lookup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params) } */
    public static FunctionDescriptor rte_mbuf_dynfield_lookup$descriptor() {
        return rte_mbuf_dynfield_lookup.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params) } */
    public static MethodHandle rte_mbuf_dynfield_lookup$handle() {
        return rte_mbuf_dynfield_lookup.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params) } */
    public static MemorySegment rte_mbuf_dynfield_lookup$address() {
        return rte_mbuf_dynfield_lookup.ADDR;
    }

    /** {@snippet lang=c : int rte_mbuf_dynfield_lookup(const char *name, struct rte_mbuf_dynfield *params) } */
    public static int rte_mbuf_dynfield_lookup(MemorySegment name, MemorySegment params) {
        var mh$ = rte_mbuf_dynfield_lookup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_mbuf_dynfield_lookup", name, params);
            }
                return (int)mh$.invokeExact(name, params);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_mbuf_dynfield_register {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_mbuf_dynfield_register");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params) } */
    public static FunctionDescriptor rte_mbuf_dynfield_register$descriptor() {
        return rte_mbuf_dynfield_register.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params) } */
    public static MethodHandle rte_mbuf_dynfield_register$handle() {
        return rte_mbuf_dynfield_register.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params) } */
    public static MemorySegment rte_mbuf_dynfield_register$address() {
        return rte_mbuf_dynfield_register.ADDR;
    }

    /** {@snippet lang=c : int rte_mbuf_dynfield_register(const struct rte_mbuf_dynfield *params) } */
    public static int rte_mbuf_dynfield_register(MemorySegment params) {
        var mh$ = rte_mbuf_dynfield_register.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_mbuf_dynfield_register", params);
            }
                return (int)mh$.invokeExact(params);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_ring_create {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT,
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_ring_create");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : struct rte_ring *rte_ring_create(const char *name, unsigned int count, int socket_id, unsigned int flags) } */
    public static FunctionDescriptor rte_ring_create$descriptor() {
        return rte_ring_create.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : struct rte_ring *rte_ring_create(const char *name, unsigned int count, int socket_id, unsigned int flags) } */
    public static MethodHandle rte_ring_create$handle() {
        return rte_ring_create.HANDLE;
    }

    /** Address for: {@snippet lang=c : struct rte_ring *rte_ring_create(const char *name, unsigned int count, int socket_id, unsigned int flags) } */
    public static MemorySegment rte_ring_create$address() {
        return rte_ring_create.ADDR;
    }

    /** {@snippet lang=c : struct rte_ring *rte_ring_create(const char *name, unsigned int count, int socket_id, unsigned int flags) } */
    public static MemorySegment rte_ring_create(MemorySegment name, int count, int socket_id, int flags) {
        var mh$ = rte_ring_create.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_ring_create", name, count, socket_id, flags);
            }
                return (MemorySegment)mh$.invokeExact(name, count, socket_id, flags);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_ring_free {
        public static final FunctionDescriptor DESC = FunctionDescriptor.ofVoid(
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_ring_free");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : void rte_ring_free(struct rte_ring *r) } */
    public static FunctionDescriptor rte_ring_free$descriptor() {
        return rte_ring_free.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : void rte_ring_free(struct rte_ring *r) } */
    public static MethodHandle rte_ring_free$handle() {
        return rte_ring_free.HANDLE;
    }

    /** Address for: {@snippet lang=c : void rte_ring_free(struct rte_ring *r) } */
    public static MemorySegment rte_ring_free$address() {
        return rte_ring_free.ADDR;
    }

    /** {@snippet lang=c : void rte_ring_free(struct rte_ring *r) } */
    public static void rte_ring_free(MemorySegment r) {
        var mh$ = rte_ring_free.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_ring_free", r);
            }
                mh$.invokeExact(r);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_from_rings {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_from_rings");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_from_rings(const char *name, struct rte_ring *const rx_queues[], const unsigned int nb_rx_queues, struct rte_ring *const tx_queues[], const unsigned int nb_tx_queues, const unsigned int numa_node) } */
    public static FunctionDescriptor rte_eth_from_rings$descriptor() {
        return rte_eth_from_rings.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_from_rings(const char *name, struct rte_ring *const rx_queues[], const unsigned int nb_rx_queues, struct rte_ring *const tx_queues[], const unsigned int nb_tx_queues, const unsigned int numa_node) } */
    public static MethodHandle rte_eth_from_rings$handle() {
        return rte_eth_from_rings.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_from_rings(const char *name, struct rte_ring *const rx_queues[], const unsigned int nb_rx_queues, struct rte_ring *const tx_queues[], const unsigned int nb_tx_queues, const unsigned int numa_node) } */
    public static MemorySegment rte_eth_from_rings$address() {
        return rte_eth_from_rings.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_from_rings(const char *name, struct rte_ring *const rx_queues[], const unsigned int nb_rx_queues, struct rte_ring *const tx_queues[], const unsigned int nb_tx_queues, const unsigned int numa_node) } */
    public static int rte_eth_from_rings(MemorySegment name, MemorySegment rx_queues, int nb_rx_queues, MemorySegment tx_queues, int nb_tx_queues, int numa_node) {
        var mh$ = rte_eth_from_rings.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_from_rings", name, rx_queues, nb_rx_queues, tx_queues, nb_tx_queues, numa_node);
            }
                return (int)mh$.invokeExact(name, rx_queues, nb_rx_queues, tx_queues, nb_tx_queues, numa_node);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_count_avail {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_count_avail");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : uint16_t rte_eth_dev_count_avail(void) } */
    public static FunctionDescriptor rte_eth_dev_count_avail$descriptor() {
        return rte_eth_dev_count_avail.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : uint16_t rte_eth_dev_count_avail(void) } */
    public static MethodHandle rte_eth_dev_count_avail$handle() {
        return rte_eth_dev_count_avail.HANDLE;
    }

    /** Address for: {@snippet lang=c : uint16_t rte_eth_dev_count_avail(void) } */
    public static MemorySegment rte_eth_dev_count_avail$address() {
        return rte_eth_dev_count_avail.ADDR;
    }

    /** {@snippet lang=c : uint16_t rte_eth_dev_count_avail(void) } */
    public static short rte_eth_dev_count_avail() {
        var mh$ = rte_eth_dev_count_avail.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_count_avail");
            }
                return (short)mh$.invokeExact();
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_find_next_owned_by {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_LONG,
            dpdk_h.C_SHORT,
            dpdk_h.C_LONG
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_find_next_owned_by");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : uint64_t rte_eth_find_next_owned_by(uint16_t port_id, const uint64_t owner_id) } */
    public static FunctionDescriptor rte_eth_find_next_owned_by$descriptor() {
        return rte_eth_find_next_owned_by.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : uint64_t rte_eth_find_next_owned_by(uint16_t port_id, const uint64_t owner_id) } */
    public static MethodHandle rte_eth_find_next_owned_by$handle() {
        return rte_eth_find_next_owned_by.HANDLE;
    }

    /** Address for: {@snippet lang=c : uint64_t rte_eth_find_next_owned_by(uint16_t port_id, const uint64_t owner_id) } */
    public static MemorySegment rte_eth_find_next_owned_by$address() {
        return rte_eth_find_next_owned_by.ADDR;
    }

    /** {@snippet lang=c : uint64_t rte_eth_find_next_owned_by(uint16_t port_id, const uint64_t owner_id) } */
    public static long rte_eth_find_next_owned_by(short port_id, long owner_id) {
        var mh$ = rte_eth_find_next_owned_by.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_find_next_owned_by", port_id, owner_id);
            }
                return (long)mh$.invokeExact(port_id, owner_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_is_valid_port {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_is_valid_port");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_is_valid_port(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_is_valid_port$descriptor() {
        return rte_eth_dev_is_valid_port.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_is_valid_port(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_is_valid_port$handle() {
        return rte_eth_dev_is_valid_port.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_is_valid_port(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_is_valid_port$address() {
        return rte_eth_dev_is_valid_port.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_is_valid_port(uint16_t port_id) } */
    public static int rte_eth_dev_is_valid_port(short port_id) {
        var mh$ = rte_eth_dev_is_valid_port.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_is_valid_port", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_info_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_info_get");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_info_get(uint16_t port_id, struct rte_eth_dev_info *dev_info) } */
    public static FunctionDescriptor rte_eth_dev_info_get$descriptor() {
        return rte_eth_dev_info_get.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_info_get(uint16_t port_id, struct rte_eth_dev_info *dev_info) } */
    public static MethodHandle rte_eth_dev_info_get$handle() {
        return rte_eth_dev_info_get.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_info_get(uint16_t port_id, struct rte_eth_dev_info *dev_info) } */
    public static MemorySegment rte_eth_dev_info_get$address() {
        return rte_eth_dev_info_get.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_info_get(uint16_t port_id, struct rte_eth_dev_info *dev_info) } */
    public static int rte_eth_dev_info_get(short port_id, MemorySegment dev_info) {
        var mh$ = rte_eth_dev_info_get.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_info_get", port_id, dev_info);
            }
                return (int)mh$.invokeExact(port_id, dev_info);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_configure {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_configure");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_configure(uint16_t port_id, uint16_t nb_rx_queue, uint16_t nb_tx_queue, const struct rte_eth_conf *eth_conf) } */
    public static FunctionDescriptor rte_eth_dev_configure$descriptor() {
        return rte_eth_dev_configure.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_configure(uint16_t port_id, uint16_t nb_rx_queue, uint16_t nb_tx_queue, const struct rte_eth_conf *eth_conf) } */
    public static MethodHandle rte_eth_dev_configure$handle() {
        return rte_eth_dev_configure.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_configure(uint16_t port_id, uint16_t nb_rx_queue, uint16_t nb_tx_queue, const struct rte_eth_conf *eth_conf) } */
    public static MemorySegment rte_eth_dev_configure$address() {
        return rte_eth_dev_configure.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_configure(uint16_t port_id, uint16_t nb_rx_queue, uint16_t nb_tx_queue, const struct rte_eth_conf *eth_conf) } */
    public static int rte_eth_dev_configure(short port_id, short nb_rx_queue, short nb_tx_queue, MemorySegment eth_conf) {
        var mh$ = rte_eth_dev_configure.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_configure", port_id, nb_rx_queue, nb_tx_queue, eth_conf);
            }
                return (int)mh$.invokeExact(port_id, nb_rx_queue, nb_tx_queue, eth_conf);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_adjust_nb_rx_tx_desc {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_adjust_nb_rx_tx_desc");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_adjust_nb_rx_tx_desc(uint16_t port_id, uint16_t *nb_rx_desc, uint16_t *nb_tx_desc) } */
    public static FunctionDescriptor rte_eth_dev_adjust_nb_rx_tx_desc$descriptor() {
        return rte_eth_dev_adjust_nb_rx_tx_desc.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_adjust_nb_rx_tx_desc(uint16_t port_id, uint16_t *nb_rx_desc, uint16_t *nb_tx_desc) } */
    public static MethodHandle rte_eth_dev_adjust_nb_rx_tx_desc$handle() {
        return rte_eth_dev_adjust_nb_rx_tx_desc.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_adjust_nb_rx_tx_desc(uint16_t port_id, uint16_t *nb_rx_desc, uint16_t *nb_tx_desc) } */
    public static MemorySegment rte_eth_dev_adjust_nb_rx_tx_desc$address() {
        return rte_eth_dev_adjust_nb_rx_tx_desc.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_adjust_nb_rx_tx_desc(uint16_t port_id, uint16_t *nb_rx_desc, uint16_t *nb_tx_desc) } */
    public static int rte_eth_dev_adjust_nb_rx_tx_desc(short port_id, MemorySegment nb_rx_desc, MemorySegment nb_tx_desc) {
        var mh$ = rte_eth_dev_adjust_nb_rx_tx_desc.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_adjust_nb_rx_tx_desc", port_id, nb_rx_desc, nb_tx_desc);
            }
                return (int)mh$.invokeExact(port_id, nb_rx_desc, nb_tx_desc);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_rx_queue_setup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_INT,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_rx_queue_setup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_rx_queue_setup(uint16_t port_id, uint16_t rx_queue_id, uint16_t nb_rx_desc, unsigned int socket_id, const struct rte_eth_rxconf *rx_conf, struct rte_mempool *mb_pool) } */
    public static FunctionDescriptor rte_eth_rx_queue_setup$descriptor() {
        return rte_eth_rx_queue_setup.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_rx_queue_setup(uint16_t port_id, uint16_t rx_queue_id, uint16_t nb_rx_desc, unsigned int socket_id, const struct rte_eth_rxconf *rx_conf, struct rte_mempool *mb_pool) } */
    public static MethodHandle rte_eth_rx_queue_setup$handle() {
        return rte_eth_rx_queue_setup.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_rx_queue_setup(uint16_t port_id, uint16_t rx_queue_id, uint16_t nb_rx_desc, unsigned int socket_id, const struct rte_eth_rxconf *rx_conf, struct rte_mempool *mb_pool) } */
    public static MemorySegment rte_eth_rx_queue_setup$address() {
        return rte_eth_rx_queue_setup.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_rx_queue_setup(uint16_t port_id, uint16_t rx_queue_id, uint16_t nb_rx_desc, unsigned int socket_id, const struct rte_eth_rxconf *rx_conf, struct rte_mempool *mb_pool) } */
    public static int rte_eth_rx_queue_setup(short port_id, short rx_queue_id, short nb_rx_desc, int socket_id, MemorySegment rx_conf, MemorySegment mb_pool) {
        var mh$ = rte_eth_rx_queue_setup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_rx_queue_setup", port_id, rx_queue_id, nb_rx_desc, socket_id, rx_conf, mb_pool);
            }
                return (int)mh$.invokeExact(port_id, rx_queue_id, nb_rx_desc, socket_id, rx_conf, mb_pool);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_tx_queue_setup {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_INT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_tx_queue_setup");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_tx_queue_setup(uint16_t port_id, uint16_t tx_queue_id, uint16_t nb_tx_desc, unsigned int socket_id, const struct rte_eth_txconf *tx_conf) } */
    public static FunctionDescriptor rte_eth_tx_queue_setup$descriptor() {
        return rte_eth_tx_queue_setup.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_tx_queue_setup(uint16_t port_id, uint16_t tx_queue_id, uint16_t nb_tx_desc, unsigned int socket_id, const struct rte_eth_txconf *tx_conf) } */
    public static MethodHandle rte_eth_tx_queue_setup$handle() {
        return rte_eth_tx_queue_setup.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_tx_queue_setup(uint16_t port_id, uint16_t tx_queue_id, uint16_t nb_tx_desc, unsigned int socket_id, const struct rte_eth_txconf *tx_conf) } */
    public static MemorySegment rte_eth_tx_queue_setup$address() {
        return rte_eth_tx_queue_setup.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_tx_queue_setup(uint16_t port_id, uint16_t tx_queue_id, uint16_t nb_tx_desc, unsigned int socket_id, const struct rte_eth_txconf *tx_conf) } */
    public static int rte_eth_tx_queue_setup(short port_id, short tx_queue_id, short nb_tx_desc, int socket_id, MemorySegment tx_conf) {
        var mh$ = rte_eth_tx_queue_setup.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_tx_queue_setup", port_id, tx_queue_id, nb_tx_desc, socket_id, tx_conf);
            }
                return (int)mh$.invokeExact(port_id, tx_queue_id, nb_tx_desc, socket_id, tx_conf);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_start {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_start");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_start(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_start$descriptor() {
        return rte_eth_dev_start.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_start(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_start$handle() {
        return rte_eth_dev_start.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_start(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_start$address() {
        return rte_eth_dev_start.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_start(uint16_t port_id) } */
    public static int rte_eth_dev_start(short port_id) {
        var mh$ = rte_eth_dev_start.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_start", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_stop {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_stop");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_stop(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_stop$descriptor() {
        return rte_eth_dev_stop.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_stop(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_stop$handle() {
        return rte_eth_dev_stop.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_stop(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_stop$address() {
        return rte_eth_dev_stop.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_stop(uint16_t port_id) } */
    public static int rte_eth_dev_stop(short port_id) {
        var mh$ = rte_eth_dev_stop.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_stop", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_close {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_close");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_close(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_close$descriptor() {
        return rte_eth_dev_close.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_close(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_close$handle() {
        return rte_eth_dev_close.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_close(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_close$address() {
        return rte_eth_dev_close.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_close(uint16_t port_id) } */
    public static int rte_eth_dev_close(short port_id) {
        var mh$ = rte_eth_dev_close.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_close", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_set_link_up {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_set_link_up");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_set_link_up(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_set_link_up$descriptor() {
        return rte_eth_dev_set_link_up.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_set_link_up(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_set_link_up$handle() {
        return rte_eth_dev_set_link_up.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_set_link_up(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_set_link_up$address() {
        return rte_eth_dev_set_link_up.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_set_link_up(uint16_t port_id) } */
    public static int rte_eth_dev_set_link_up(short port_id) {
        var mh$ = rte_eth_dev_set_link_up.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_set_link_up", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_set_link_down {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_set_link_down");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_set_link_down(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_set_link_down$descriptor() {
        return rte_eth_dev_set_link_down.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_set_link_down(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_set_link_down$handle() {
        return rte_eth_dev_set_link_down.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_set_link_down(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_set_link_down$address() {
        return rte_eth_dev_set_link_down.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_set_link_down(uint16_t port_id) } */
    public static int rte_eth_dev_set_link_down(short port_id) {
        var mh$ = rte_eth_dev_set_link_down.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_set_link_down", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_promiscuous_enable {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_promiscuous_enable");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_promiscuous_enable(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_promiscuous_enable$descriptor() {
        return rte_eth_promiscuous_enable.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_promiscuous_enable(uint16_t port_id) } */
    public static MethodHandle rte_eth_promiscuous_enable$handle() {
        return rte_eth_promiscuous_enable.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_promiscuous_enable(uint16_t port_id) } */
    public static MemorySegment rte_eth_promiscuous_enable$address() {
        return rte_eth_promiscuous_enable.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_promiscuous_enable(uint16_t port_id) } */
    public static int rte_eth_promiscuous_enable(short port_id) {
        var mh$ = rte_eth_promiscuous_enable.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_promiscuous_enable", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_promiscuous_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_promiscuous_get");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_promiscuous_get(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_promiscuous_get$descriptor() {
        return rte_eth_promiscuous_get.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_promiscuous_get(uint16_t port_id) } */
    public static MethodHandle rte_eth_promiscuous_get$handle() {
        return rte_eth_promiscuous_get.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_promiscuous_get(uint16_t port_id) } */
    public static MemorySegment rte_eth_promiscuous_get$address() {
        return rte_eth_promiscuous_get.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_promiscuous_get(uint16_t port_id) } */
    public static int rte_eth_promiscuous_get(short port_id) {
        var mh$ = rte_eth_promiscuous_get.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_promiscuous_get", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_macaddr_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_macaddr_get");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_macaddr_get(uint16_t port_id, struct rte_ether_addr *mac_addr) } */
    public static FunctionDescriptor rte_eth_macaddr_get$descriptor() {
        return rte_eth_macaddr_get.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_macaddr_get(uint16_t port_id, struct rte_ether_addr *mac_addr) } */
    public static MethodHandle rte_eth_macaddr_get$handle() {
        return rte_eth_macaddr_get.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_macaddr_get(uint16_t port_id, struct rte_ether_addr *mac_addr) } */
    public static MemorySegment rte_eth_macaddr_get$address() {
        return rte_eth_macaddr_get.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_macaddr_get(uint16_t port_id, struct rte_ether_addr *mac_addr) } */
    public static int rte_eth_macaddr_get(short port_id, MemorySegment mac_addr) {
        var mh$ = rte_eth_macaddr_get.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_macaddr_get", port_id, mac_addr);
            }
                return (int)mh$.invokeExact(port_id, mac_addr);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_link_get_nowait {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_link_get_nowait");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_link_get_nowait(uint16_t port_id, struct rte_eth_link *link) } */
    public static FunctionDescriptor rte_eth_link_get_nowait$descriptor() {
        return rte_eth_link_get_nowait.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_link_get_nowait(uint16_t port_id, struct rte_eth_link *link) } */
    public static MethodHandle rte_eth_link_get_nowait$handle() {
        return rte_eth_link_get_nowait.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_link_get_nowait(uint16_t port_id, struct rte_eth_link *link) } */
    public static MemorySegment rte_eth_link_get_nowait$address() {
        return rte_eth_link_get_nowait.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_link_get_nowait(uint16_t port_id, struct rte_eth_link *link) } */
    public static int rte_eth_link_get_nowait(short port_id, MemorySegment link) {
        var mh$ = rte_eth_link_get_nowait.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_link_get_nowait", port_id, link);
            }
                return (int)mh$.invokeExact(port_id, link);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_stats_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_stats_get");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_stats_get(uint16_t port_id, struct rte_eth_stats *stats) } */
    public static FunctionDescriptor rte_eth_stats_get$descriptor() {
        return rte_eth_stats_get.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_stats_get(uint16_t port_id, struct rte_eth_stats *stats) } */
    public static MethodHandle rte_eth_stats_get$handle() {
        return rte_eth_stats_get.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_stats_get(uint16_t port_id, struct rte_eth_stats *stats) } */
    public static MemorySegment rte_eth_stats_get$address() {
        return rte_eth_stats_get.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_stats_get(uint16_t port_id, struct rte_eth_stats *stats) } */
    public static int rte_eth_stats_get(short port_id, MemorySegment stats) {
        var mh$ = rte_eth_stats_get.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_stats_get", port_id, stats);
            }
                return (int)mh$.invokeExact(port_id, stats);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_stats_reset {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_stats_reset");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_stats_reset(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_stats_reset$descriptor() {
        return rte_eth_stats_reset.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_stats_reset(uint16_t port_id) } */
    public static MethodHandle rte_eth_stats_reset$handle() {
        return rte_eth_stats_reset.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_stats_reset(uint16_t port_id) } */
    public static MemorySegment rte_eth_stats_reset$address() {
        return rte_eth_stats_reset.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_stats_reset(uint16_t port_id) } */
    public static int rte_eth_stats_reset(short port_id) {
        var mh$ = rte_eth_stats_reset.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_stats_reset", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_xstats_get_names {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_xstats_get_names");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_xstats_get_names(uint16_t port_id, struct rte_eth_xstat_name *xstats_names, unsigned int size) } */
    public static FunctionDescriptor rte_eth_xstats_get_names$descriptor() {
        return rte_eth_xstats_get_names.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_xstats_get_names(uint16_t port_id, struct rte_eth_xstat_name *xstats_names, unsigned int size) } */
    public static MethodHandle rte_eth_xstats_get_names$handle() {
        return rte_eth_xstats_get_names.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_xstats_get_names(uint16_t port_id, struct rte_eth_xstat_name *xstats_names, unsigned int size) } */
    public static MemorySegment rte_eth_xstats_get_names$address() {
        return rte_eth_xstats_get_names.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_xstats_get_names(uint16_t port_id, struct rte_eth_xstat_name *xstats_names, unsigned int size) } */
    public static int rte_eth_xstats_get_names(short port_id, MemorySegment xstats_names, int size) {
        var mh$ = rte_eth_xstats_get_names.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_xstats_get_names", port_id, xstats_names, size);
            }
                return (int)mh$.invokeExact(port_id, xstats_names, size);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_xstats_get {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER,
            dpdk_h.C_INT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_xstats_get");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_xstats_get(uint16_t port_id, struct rte_eth_xstat *xstats, unsigned int n) } */
    public static FunctionDescriptor rte_eth_xstats_get$descriptor() {
        return rte_eth_xstats_get.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_xstats_get(uint16_t port_id, struct rte_eth_xstat *xstats, unsigned int n) } */
    public static MethodHandle rte_eth_xstats_get$handle() {
        return rte_eth_xstats_get.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_xstats_get(uint16_t port_id, struct rte_eth_xstat *xstats, unsigned int n) } */
    public static MemorySegment rte_eth_xstats_get$address() {
        return rte_eth_xstats_get.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_xstats_get(uint16_t port_id, struct rte_eth_xstat *xstats, unsigned int n) } */
    public static int rte_eth_xstats_get(short port_id, MemorySegment xstats, int n) {
        var mh$ = rte_eth_xstats_get.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_xstats_get", port_id, xstats, n);
            }
                return (int)mh$.invokeExact(port_id, xstats, n);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_get_name_by_port {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_get_name_by_port");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_get_name_by_port(uint16_t port_id, char *name) } */
    public static FunctionDescriptor rte_eth_dev_get_name_by_port$descriptor() {
        return rte_eth_dev_get_name_by_port.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_get_name_by_port(uint16_t port_id, char *name) } */
    public static MethodHandle rte_eth_dev_get_name_by_port$handle() {
        return rte_eth_dev_get_name_by_port.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_get_name_by_port(uint16_t port_id, char *name) } */
    public static MemorySegment rte_eth_dev_get_name_by_port$address() {
        return rte_eth_dev_get_name_by_port.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_get_name_by_port(uint16_t port_id, char *name) } */
    public static int rte_eth_dev_get_name_by_port(short port_id, MemorySegment name) {
        var mh$ = rte_eth_dev_get_name_by_port.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_get_name_by_port", port_id, name);
            }
                return (int)mh$.invokeExact(port_id, name);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_get_port_by_name {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_POINTER,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_get_port_by_name");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_get_port_by_name(const char *name, uint16_t *port_id) } */
    public static FunctionDescriptor rte_eth_dev_get_port_by_name$descriptor() {
        return rte_eth_dev_get_port_by_name.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_get_port_by_name(const char *name, uint16_t *port_id) } */
    public static MethodHandle rte_eth_dev_get_port_by_name$handle() {
        return rte_eth_dev_get_port_by_name.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_get_port_by_name(const char *name, uint16_t *port_id) } */
    public static MemorySegment rte_eth_dev_get_port_by_name$address() {
        return rte_eth_dev_get_port_by_name.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_get_port_by_name(const char *name, uint16_t *port_id) } */
    public static int rte_eth_dev_get_port_by_name(MemorySegment name, MemorySegment port_id) {
        var mh$ = rte_eth_dev_get_port_by_name.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_get_port_by_name", name, port_id);
            }
                return (int)mh$.invokeExact(name, port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_socket_id {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_socket_id");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_socket_id(uint16_t port_id) } */
    public static FunctionDescriptor rte_eth_dev_socket_id$descriptor() {
        return rte_eth_dev_socket_id.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_socket_id(uint16_t port_id) } */
    public static MethodHandle rte_eth_dev_socket_id$handle() {
        return rte_eth_dev_socket_id.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_socket_id(uint16_t port_id) } */
    public static MemorySegment rte_eth_dev_socket_id$address() {
        return rte_eth_dev_socket_id.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_socket_id(uint16_t port_id) } */
    public static int rte_eth_dev_socket_id(short port_id) {
        var mh$ = rte_eth_dev_socket_id.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_socket_id", port_id);
            }
                return (int)mh$.invokeExact(port_id);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_set_mtu {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_set_mtu");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_set_mtu(uint16_t port_id, uint16_t mtu) } */
    public static FunctionDescriptor rte_eth_dev_set_mtu$descriptor() {
        return rte_eth_dev_set_mtu.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_set_mtu(uint16_t port_id, uint16_t mtu) } */
    public static MethodHandle rte_eth_dev_set_mtu$handle() {
        return rte_eth_dev_set_mtu.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_set_mtu(uint16_t port_id, uint16_t mtu) } */
    public static MemorySegment rte_eth_dev_set_mtu$address() {
        return rte_eth_dev_set_mtu.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_set_mtu(uint16_t port_id, uint16_t mtu) } */
    public static int rte_eth_dev_set_mtu(short port_id, short mtu) {
        var mh$ = rte_eth_dev_set_mtu.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_set_mtu", port_id, mtu);
            }
                return (int)mh$.invokeExact(port_id, mtu);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_dev_get_mtu {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_INT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_dev_get_mtu");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : int rte_eth_dev_get_mtu(uint16_t port_id, uint16_t *mtu) } */
    public static FunctionDescriptor rte_eth_dev_get_mtu$descriptor() {
        return rte_eth_dev_get_mtu.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : int rte_eth_dev_get_mtu(uint16_t port_id, uint16_t *mtu) } */
    public static MethodHandle rte_eth_dev_get_mtu$handle() {
        return rte_eth_dev_get_mtu.HANDLE;
    }

    /** Address for: {@snippet lang=c : int rte_eth_dev_get_mtu(uint16_t port_id, uint16_t *mtu) } */
    public static MemorySegment rte_eth_dev_get_mtu$address() {
        return rte_eth_dev_get_mtu.ADDR;
    }

    /** {@snippet lang=c : int rte_eth_dev_get_mtu(uint16_t port_id, uint16_t *mtu) } */
    public static int rte_eth_dev_get_mtu(short port_id, MemorySegment mtu) {
        var mh$ = rte_eth_dev_get_mtu.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_dev_get_mtu", port_id, mtu);
            }
                return (int)mh$.invokeExact(port_id, mtu);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_call_rx_callbacks {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_call_rx_callbacks");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : uint16_t rte_eth_call_rx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **rx_pkts, uint16_t nb_rx, uint16_t nb_pkts, void *opaque) } */
    public static FunctionDescriptor rte_eth_call_rx_callbacks$descriptor() {
        return rte_eth_call_rx_callbacks.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : uint16_t rte_eth_call_rx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **rx_pkts, uint16_t nb_rx, uint16_t nb_pkts, void *opaque) } */
    public static MethodHandle rte_eth_call_rx_callbacks$handle() {
        return rte_eth_call_rx_callbacks.HANDLE;
    }

    /** Address for: {@snippet lang=c : uint16_t rte_eth_call_rx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **rx_pkts, uint16_t nb_rx, uint16_t nb_pkts, void *opaque) } */
    public static MemorySegment rte_eth_call_rx_callbacks$address() {
        return rte_eth_call_rx_callbacks.ADDR;
    }

    /** {@snippet lang=c : uint16_t rte_eth_call_rx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **rx_pkts, uint16_t nb_rx, uint16_t nb_pkts, void *opaque) } */
    public static short rte_eth_call_rx_callbacks(short port_id, short queue_id, MemorySegment rx_pkts, short nb_rx, short nb_pkts, MemorySegment opaque) {
        var mh$ = rte_eth_call_rx_callbacks.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_call_rx_callbacks", port_id, queue_id, rx_pkts, nb_rx, nb_pkts, opaque);
            }
                return (short)mh$.invokeExact(port_id, queue_id, rx_pkts, nb_rx, nb_pkts, opaque);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_call_tx_callbacks {
        public static final FunctionDescriptor DESC = FunctionDescriptor.of(
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER,
            dpdk_h.C_SHORT,
            dpdk_h.C_POINTER
        );

        public static final MemorySegment ADDR = dpdk_h.findOrThrow("rte_eth_call_tx_callbacks");

        public static final MethodHandle HANDLE = Linker.nativeLinker().downcallHandle(ADDR, DESC);
    }

    /** Function descriptor for: {@snippet lang=c : uint16_t rte_eth_call_tx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **tx_pkts, uint16_t nb_pkts, void *opaque) } */
    public static FunctionDescriptor rte_eth_call_tx_callbacks$descriptor() {
        return rte_eth_call_tx_callbacks.DESC;
    }

    /** Downcall method handle for: {@snippet lang=c : uint16_t rte_eth_call_tx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **tx_pkts, uint16_t nb_pkts, void *opaque) } */
    public static MethodHandle rte_eth_call_tx_callbacks$handle() {
        return rte_eth_call_tx_callbacks.HANDLE;
    }

    /** Address for: {@snippet lang=c : uint16_t rte_eth_call_tx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **tx_pkts, uint16_t nb_pkts, void *opaque) } */
    public static MemorySegment rte_eth_call_tx_callbacks$address() {
        return rte_eth_call_tx_callbacks.ADDR;
    }

    /** {@snippet lang=c : uint16_t rte_eth_call_tx_callbacks(uint16_t port_id, uint16_t queue_id, struct rte_mbuf **tx_pkts, uint16_t nb_pkts, void *opaque) } */
    public static short rte_eth_call_tx_callbacks(short port_id, short queue_id, MemorySegment tx_pkts, short nb_pkts, MemorySegment opaque) {
        var mh$ = rte_eth_call_tx_callbacks.HANDLE;
        try {
            if (TRACE_DOWNCALLS) {
                traceDowncall("rte_eth_call_tx_callbacks", port_id, queue_id, tx_pkts, nb_pkts, opaque);
            }
                return (short)mh$.invokeExact(port_id, queue_id, tx_pkts, nb_pkts, opaque);
        } catch (Error | RuntimeException ex) {
           throw ex;
        } catch (Throwable ex$) {
           throw new AssertionError("should not reach here", ex$);
        }
    }

    private static class rte_eth_fp_ops$constants {
        public static final SequenceLayout LAYOUT = MemoryLayout.sequenceLayout(32, rte_eth_fp_ops.layout());
        public static final MemorySegment SEGMENT = dpdk_h.findOrThrow("rte_eth_fp_ops").reinterpret(LAYOUT.byteSize());
    }

    /** Layout for variable: {@snippet lang=c : extern struct rte_eth_fp_ops rte_eth_fp_ops[32] } */
    public static SequenceLayout rte_eth_fp_ops$layout() {
        return rte_eth_fp_ops$constants.LAYOUT;
    }

    /** Getter for variable: {@snippet lang=c : extern struct rte_eth_fp_ops rte_eth_fp_ops[32] } */
    public static MemorySegment rte_eth_fp_ops() {
        return rte_eth_fp_ops$constants.SEGMENT;
    }

    private static class rte_mempool_ops_table$constants {
        public static final GroupLayout LAYOUT = rte_mempool_ops_table.layout();
        public static final MemorySegment SEGMENT = dpdk_h.findOrThrow("rte_mempool_ops_table").reinterpret(LAYOUT.byteSize());
    }

    /** Layout for variable: {@snippet lang=c : extern struct rte_mempool_ops_table rte_mempool_ops_table } */
    public static GroupLayout rte_mempool_ops_table$layout() {
        return rte_mempool_ops_table$constants.LAYOUT;
    }

    /** Getter for variable: {@snippet lang=c : extern struct rte_mempool_ops_table rte_mempool_ops_table } */
    public static MemorySegment rte_mempool_ops_table() {
        return rte_mempool_ops_table$constants.SEGMENT;
    }
}
