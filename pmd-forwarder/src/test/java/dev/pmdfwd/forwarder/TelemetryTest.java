package dev.pmdfwd.forwarder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DPDK's own telemetry socket keeps working: dpdk-telemetry.py reads the running forwarder's ethdev stats. */
class TelemetryTest {
    @TempDir
    Path dir;

    @Test
    void dpdkTelemetryReadsEthdevStats() throws Exception {
        String prefix = "pmdfwd-telemetry-" + ProcessHandle.current().pid();
        Process p = ForwarderProcess.start(dir, List.of("-l", "0-1", "--file-prefix", prefix, "--log-level", "lib.eal:notice",
                "--vdev", "net_null0", "--vdev", "net_null1", "--", "--duration", "5"));
        ForwarderProcess.awaitForwarding(p, dir);
        Process telemetry = new ProcessBuilder("dpdk-telemetry.py", "-f", prefix).redirectErrorStream(true).start();
        telemetry.getOutputStream().write("/ethdev/stats,0\n".getBytes(StandardCharsets.UTF_8));
        telemetry.getOutputStream().close();
        String answer = new String(telemetry.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(telemetry.waitFor(10, TimeUnit.SECONDS));
        Matcher m = Pattern.compile("\"/ethdev/stats\": \\{\"ipackets\": (\\d+)").matcher(answer);
        assertTrue(m.find(), "no ethdev stats from dpdk-telemetry.py:\n" + answer);
        assertTrue(Long.parseLong(m.group(1)) > 0, answer);
        assertEquals(0, ForwarderProcess.finish(p, dir, 60).exitCode());
    }
}
