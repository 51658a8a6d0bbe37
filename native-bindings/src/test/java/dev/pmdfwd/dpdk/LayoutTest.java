package dev.pmdfwd.dpdk;

import dev.pmdfwd.dpdk.gen.dpdk_h;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.foreign.GroupLayout;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.PaddingLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Checks every ABI fact the Java side relies on against the installed DPDK headers. The facts come
 * from the Java side itself (the struct layouts walked by reflection, the constants of dpdk_h, the
 * hand-written facts listed below); a C probe generated from them is compiled with gcc and
 * {@code pkg-config --cflags libdpdk}, run, and its answers compared. Each mismatch is named.
 */
class LayoutTest {
    private static final Path SYMBOLS = Path.of("dpdk-symbols.txt");
    private static final String GEN = "dev.pmdfwd.dpdk.gen.";

    /** fact name -> value the Java side uses */
    private static final Map<String, Long> JAVA = new LinkedHashMap<>();
    /** fact name -> C expression printing the same fact */
    private static final Map<String, String> C = new LinkedHashMap<>();
    private static Map<String, Long> measured;

    @BeforeAll
    static void probe() throws Exception {
        for (String line : Files.readAllLines(SYMBOLS)) {
            String[] parts = line.strip().split("\\s+");
            if (parts.length != 2) {
                continue;
            }
            switch (parts[0]) {
                case "--include-struct" -> structFacts(parts[1]);
                case "--include-constant" -> fact("const " + parts[1], (long) constant(parts[1]), "(long long)(" + parts[1] + ")");
                case "--include-var" -> fact("sizeof var " + parts[1], variableSize(parts[1]), "(long long)sizeof(" + parts[1] + ")");
                case "--include-function" -> fact("declared " + parts[1], 1L, "(long long)(&" + parts[1] + " != 0)");
                default -> fail("unknown directive in " + SYMBOLS + ": " + line);
            }
        }
        handWrittenFacts();
        measured = runProbe();
    }

    /** Facts written by hand in the fast path and helpers, each citing the header it mirrors. */
    private static void handWrittenFacts() {
        // EthLink: bit-fields of struct rte_eth_link (rte_ethdev.h).
        fact("bit rte_eth_link.link_duplex", EthLink.BITS_OFFSET * 8 + EthLink.DUPLEX_BIT, "bitpos_duplex()");
        fact("bit rte_eth_link.link_autoneg", EthLink.BITS_OFFSET * 8 + EthLink.AUTONEG_BIT, "bitpos_autoneg()");
        fact("bit rte_eth_link.link_status", EthLink.BITS_OFFSET * 8 + EthLink.STATUS_BIT, "bitpos_status()");
        // BurstFunction: one handle of shape uint16_t (*)(void *, struct rte_mbuf **, uint16_t) for both.
        fact("type eth_rx_burst_t", 1L, "__builtin_types_compatible_p(eth_rx_burst_t, uint16_t (*)(void *, struct rte_mbuf **, uint16_t))");
        fact("type eth_tx_burst_t", 1L, "__builtin_types_compatible_p(eth_tx_burst_t, uint16_t (*)(void *, struct rte_mbuf **, uint16_t))");
        // MbufArray and EthRx/TxQueue bind these exported functions with raw-address handles.
        fact("type rte_pktmbuf_free_bulk", 1L, "__builtin_types_compatible_p(__typeof__(&rte_pktmbuf_free_bulk), void (*)(struct rte_mbuf **, unsigned int))");
        fact("type rte_eth_call_rx_callbacks", 1L, "__builtin_types_compatible_p(__typeof__(&rte_eth_call_rx_callbacks), uint16_t (*)(uint16_t, uint16_t, struct rte_mbuf **, uint16_t, uint16_t, void *))");
        fact("type rte_eth_call_tx_callbacks", 1L, "__builtin_types_compatible_p(__typeof__(&rte_eth_call_tx_callbacks), uint16_t (*)(uint16_t, uint16_t, struct rte_mbuf **, uint16_t, void *))");
        // PacketAllocator calls the pool's ops dequeue with one raw-address handle (rte_mempool.h).
        fact("type rte_mempool_dequeue_t", 1L, "__builtin_types_compatible_p(rte_mempool_dequeue_t, int (*)(struct rte_mempool *, void **, unsigned int))");
        // SignalDisposition reads and writes struct sigaction's handler (glibc bits/sigaction.h, signum-generic.h).
        fact("sizeof struct sigaction", SignalDisposition.SIGACTION_BYTES, "(long long)sizeof(struct sigaction)");
        fact("offset sigaction.sa_handler", SignalDisposition.SA_HANDLER_OFFSET, "(long long)__builtin_offsetof(struct sigaction, sa_handler)");
        fact("const SIG_DFL", SignalDisposition.SIG_DFL, "(long long)(intptr_t)SIG_DFL");
        fact("const SIG_IGN", SignalDisposition.SIG_IGN, "(long long)(intptr_t)SIG_IGN");
        // ThreadAffinity passes a cpu_set_t of this size (glibc sched.h).
        fact("sizeof cpu_set_t", ThreadAffinity.CPU_SET_BYTES, "(long long)sizeof(cpu_set_t)");
        // LcoreLauncher's upcall is an lcore_function_t.
        fact("type lcore_function_t", 1L, "__builtin_types_compatible_p(lcore_function_t, int (void *))");
        // RteErrno reads this per-lcore variable through dlsym (rte_errno.h).
        fact("sizeof per_lcore__rte_errno", 4L, "(long long)sizeof(per_lcore__rte_errno)");
        // The inline rx/tx bursts call callbacks only when this is defined (rte_config.h).
        fact("const RTE_ETHDEV_RXTX_CALLBACKS", 1L, "(long long)(RTE_ETHDEV_RXTX_CALLBACKS)");
    }

    @Test
    void everyFactMatchesTheInstalledHeaders() {
        List<String> mismatches = compare(JAVA, measured);
        assertTrue(mismatches.isEmpty(), mismatches.size() + " ABI mismatch(es) against the installed DPDK headers:\n  "
                + String.join("\n  ", mismatches));
        assertTrue(JAVA.size() > 150, "the probe checked only " + JAVA.size() + " facts");
    }

    @Test
    void aMismatchIsNamed() {
        Map<String, Long> wrong = new LinkedHashMap<>(JAVA);
        wrong.put("offset rte_eth_stats.imissed", 40L);
        List<String> mismatches = compare(wrong, measured);
        assertEquals(List.of("offset rte_eth_stats.imissed: Java says 40, the headers say 32"), mismatches);
    }

    @Test
    void everyBoundFunctionResolvesInTheLibraries() throws Exception {
        List<String> missing = new ArrayList<>();
        for (String line : Files.readAllLines(SYMBOLS)) {
            if (line.startsWith("--include-function ")) {
                String name = line.substring("--include-function ".length()).strip();
                MemorySegment address = (MemorySegment) dpdk_h.class.getMethod(name + "$address").invoke(null);
                if (address.equals(MemorySegment.NULL)) {
                    missing.add(name);
                }
            }
        }
        assertTrue(missing.isEmpty(), "unresolved: " + missing);
    }

    @Test
    void theProbeSawTheStructsTheArchitectureNotes() {
        // The figures ARCHITECTURE.md records for DPDK 22.11.11 on x86-64.
        assertEquals(128L, measured.get("sizeof rte_eth_fp_ops"));
        assertEquals(128L, measured.get("sizeof rte_mbuf"));
        assertEquals(2272L, measured.get("sizeof rte_eth_conf"));
        assertEquals(704L, measured.get("sizeof rte_eth_stats"));
        assertEquals(376L, measured.get("sizeof rte_eth_dev_info"));
        assertEquals(92L, measured.get("offset rte_mbuf.dynfield1"));
        assertEquals(24L, measured.get("offset rte_eth_fp_ops.rxq"));
    }

    @Test
    void theRuntimeIsTheSupportedRelease() {
        assertTrue(DpdkRuntime.version().startsWith(DpdkRuntime.SUPPORTED), DpdkRuntime.version());
        DpdkException e = org.junit.jupiter.api.Assertions.assertThrows(DpdkException.class,
                () -> DpdkRuntime.requireSupported("DPDK 23.11.1"));
        assertFalse(e.getMessage().contains("\n"));
        assertTrue(e.getMessage().contains("DPDK 23.11.1") && e.getMessage().contains("22.11"), e.getMessage());
    }

    private static List<String> compare(Map<String, Long> java, Map<String, Long> c) {
        List<String> mismatches = new ArrayList<>();
        java.forEach((name, value) -> {
            Long actual = c.get(name);
            if (actual == null) {
                mismatches.add(name + ": not measured by the probe");
            } else if (!actual.equals(value)) {
                mismatches.add(name + ": Java says " + value + ", the headers say " + actual);
            }
        });
        return mismatches;
    }

    private static void structFacts(String struct) throws ReflectiveOperationException {
        GroupLayout layout = (GroupLayout) Class.forName(GEN + struct).getMethod("layout").invoke(null);
        fact("sizeof " + struct, layout.byteSize(), "(long long)sizeof(struct " + struct + ")");
        fact("alignof " + struct, layout.byteAlignment(), "(long long)_Alignof(struct " + struct + ")");
        memberFacts(struct, layout, "", 0);
    }

    private static void memberFacts(String struct, GroupLayout group, String prefix, long base) {
        long offset = base;
        for (MemoryLayout member : group.memberLayouts()) {
            if (!(member instanceof PaddingLayout) && member.name().isPresent()) {
                String path = prefix + member.name().get();
                String c = "((struct " + struct + " *)0)->" + path;
                fact("offset " + struct + "." + path, offset, "(long long)__builtin_offsetof(struct " + struct + ", " + path + ")");
                fact("size " + struct + "." + path, member.byteSize(), "(long long)sizeof(" + c + ")");
                if (member instanceof GroupLayout nested) {
                    memberFacts(struct, nested, path + ".", offset);
                }
            }
            offset += member.byteSize();
        }
    }

    private static long constant(String name) throws ReflectiveOperationException {
        Object value = dpdk_h.class.getMethod(name).invoke(null);
        return ((Number) value).longValue();
    }

    private static long variableSize(String name) throws ReflectiveOperationException {
        return ((MemoryLayout) dpdk_h.class.getMethod(name + "$layout").invoke(null)).byteSize();
    }

    private static void fact(String name, long javaValue, String cExpression) {
        JAVA.put(name, javaValue);
        C.put(name, cExpression);
    }

    private static Map<String, Long> runProbe() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("dpdk-layout-probe");
        Path source = dir.resolve("probe.c");
        StringBuilder c = new StringBuilder("""
                #define _GNU_SOURCE
                #include <stdio.h>
                #include <string.h>
                #include <stdint.h>
                #include <signal.h>
                #include <sched.h>
                #include <rte_config.h>
                #include <rte_version.h>
                #include <rte_errno.h>
                #include <rte_eal.h>
                #include <rte_lcore.h>
                #include <rte_launch.h>
                #include <rte_log.h>
                #include <rte_mempool.h>
                #include <rte_mbuf.h>
                #include <rte_mbuf_dyn.h>
                #include <rte_ring.h>
                #include <rte_ethdev.h>
                #include <rte_eth_ring.h>
                static int bitpos(const unsigned char *bytes, size_t n) {
                    for (size_t i = 0; i < n * 8; i++) if (bytes[i / 8] & (1u << (i % 8))) return (int)i;
                    return -1;
                }
                #define BITPOS(field) { struct rte_eth_link l; memset(&l, 0, sizeof l); l.field = 1; \\
                    return bitpos((const unsigned char *)&l, sizeof l); }
                static long long bitpos_duplex(void) BITPOS(link_duplex)
                static long long bitpos_autoneg(void) BITPOS(link_autoneg)
                static long long bitpos_status(void) BITPOS(link_status)
                int main(void) {
                """);
        C.forEach((name, expr) -> c.append("    printf(\"%s\\t%lld\\n\", \"").append(name).append("\", ").append(expr).append(");\n"));
        c.append("    return 0;\n}\n");
        Files.writeString(source, c, StandardCharsets.UTF_8);
        String cflags = run(List.of("pkg-config", "--cflags", "libdpdk"), dir).strip();
        List<String> gcc = new ArrayList<>(List.of("gcc", "-std=gnu11", "-Werror=implicit-function-declaration", "-w"));
        gcc.addAll(List.of(cflags.split("\\s+")));
        gcc.addAll(List.of("-o", dir.resolve("probe").toString(), source.toString()));
        run(gcc, dir);
        Map<String, Long> result = new LinkedHashMap<>();
        for (String line : run(List.of(dir.resolve("probe").toString()), dir).split("\n")) {
            String[] kv = line.split("\t");
            result.put(kv[0], Long.parseLong(kv[1]));
        }
        return result;
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            fail(String.join(" ", command.subList(0, Math.min(3, command.size()))) + " failed:\n" + out);
        }
        return out;
    }
}
