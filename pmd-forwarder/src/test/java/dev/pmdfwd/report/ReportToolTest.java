package dev.pmdfwd.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportToolTest {
    @TempDir
    Path tmp;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return ReportTool.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errText() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Exit 2 and exactly one line on err, no stack trace, nothing on out. */
    private void assertUsageFailure(int code, String expectedInLine) {
        assertEquals(2, code, errText());
        String e = errText();
        assertTrue(e.endsWith("\n") && e.indexOf('\n') == e.length() - 1, "one line: " + e);
        assertTrue(e.contains(expectedInLine), e);
        assertFalse(e.contains("Exception") || e.contains("\tat "), e);
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void missingDirectory() {
        Path missing = tmp.resolve("no-such-run");
        assertUsageFailure(run(missing.toString()), "report: " + missing + ": no such directory");
    }

    @Test
    void missingSummary() {
        assertUsageFailure(run(tmp.toString()), "report: " + tmp.resolve("summary.json") + ": no such file");
        assertFalse(Files.exists(tmp.resolve("report.html")));
    }

    @Test
    void malformedSummary() throws IOException {
        Files.writeString(tmp.resolve("summary.json"), "{\"ports\": [}");
        assertUsageFailure(run(tmp.toString()), "summary.json: invalid JSON: unexpected '}', expected a value at offset 11");
    }

    @Test
    void badArguments() {
        assertUsageFailure(run(), "no report directory given");
    }

    @Test
    void unknownOption() {
        assertUsageFailure(run("--frobnicate", tmp.toString()), "unknown option --frobnicate");
    }

    @Test
    void optionWithoutValue() {
        assertUsageFailure(run(tmp.toString(), "--out"), "--out needs a value");
    }

    @Test
    void moreLabelsThanDirectories() throws IOException {
        new ReportFixture(tmp).write();
        assertUsageFailure(run(tmp.toString(), "--label", "a", "--label", "b"), "2 labels for 1 directories");
    }

    @Test
    void oneDirectoryWritesItsReportHtml() throws IOException {
        new ReportFixture(tmp).write();
        assertEquals(0, run(tmp.toString()), errText());
        assertTrue(Files.readString(tmp.resolve("report.html")).contains("data-plot=\"burst_residence_ns\""));
        assertEquals("report: wrote " + tmp.resolve("report.html") + "\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", errText());
    }

    @Test
    void severalDirectoriesWriteAComparisonUnderTheirLabels() throws IOException {
        Path a = tmp.resolve("a");
        Path b = tmp.resolve("b");
        new ReportFixture(a).write();
        new ReportFixture(b).write();
        Path page = tmp.resolve("cmp.html");
        assertEquals(0, run(a.toString(), "--label", "before", b.toString(), "--out", page.toString(), "--label=after"), errText());
        String html = Files.readString(page);
        assertTrue(html.contains("<h3>before</h3>") && html.contains("<h3>after</h3>"));
        assertFalse(Files.exists(a.resolve("report.html")));
    }

    @Test
    void sameDirectoryTwiceGetsTwoLabels() throws IOException {
        Path a = tmp.resolve("same");
        new ReportFixture(a).write();
        Path page = tmp.resolve("cmp.html");
        assertEquals(0, run(a.toString(), a.toString(), "--out", page.toString()), errText());
        String html = Files.readString(page);
        assertTrue(html.contains("<h3>same</h3>") && html.contains("<h3>same (2)</h3>"));
    }

    @Test
    void helpShowsBothForms() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("report DIR [DIR ...]") && help.contains(
                "report --latency --out FILE [--title T] [--note LINE]... GROUP:LABEL=FILE.hgrm ..."), help);
    }

    /** Three .hgrm files: the forwarder at two loads, testpmd at one. */
    private Path[] latencyFiles() throws IOException {
        return new Path[] {LatencyPageTest.hgrm(tmp, "fwd-10.hgrm", LatencyPageTest.latencies(1, 2_000, 40)),
                LatencyPageTest.hgrm(tmp, "testpmd-10.hgrm", LatencyPageTest.latencies(2, 2_500, 40)),
                LatencyPageTest.hgrm(tmp, "fwd=90.hgrm", LatencyPageTest.latencies(3, 5_000, 400))};
    }

    @Test
    void latencyPageFromArguments() throws IOException {
        Path[] files = latencyFiles();
        Path page = tmp.resolve("latency.html");
        assertEquals(0, run("--latency", "--out", page.toString(), "--title", "Latency at two loads",
                "--note", "host: lab-3", "--note=cmd: bench --rate 10%,90%",
                "10% of max (123 kpps):pmd-forwarder=" + files[0], "90% of max (1,107 kpps):pmd-forwarder=" + files[2],
                "10% of max (123 kpps):dpdk-testpmd=" + files[1]), errText());
        assertEquals("report: wrote " + page + " with 3 curves in 2 groups\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", errText());
        String html = Files.readString(page);
        HtmlReportTest.assertSelfContained(html);
        assertTrue(html.contains("<h1>Latency at two loads</h1>"));
        assertTrue(html.contains("<li>host: lab-3</li>") && html.contains("<li>cmd: bench --rate 10%,90%</li>"));
        String low = LatencyPageTest.card(html, "10% of max (123 kpps)");
        assertEquals(2, HtmlReportTest.count(low, "<path class=\"curve\""));
        assertTrue(low.contains("pmd-forwarder</span></li>") && low.contains("dpdk-testpmd</span></li>"));
        String high = LatencyPageTest.card(html, "90% of max (1,107 kpps)");
        assertEquals(1, HtmlReportTest.count(high, "<path class=\"curve\""), "a file name may hold '='");
        assertTrue(html.indexOf("10% of max") < html.indexOf("90% of max"), "groups in order of first appearance");
    }

    @Test
    void latencyMissingFile() throws IOException {
        Path missing = tmp.resolve("nope.hgrm");
        Path page = tmp.resolve("latency.html");
        assertUsageFailure(run("--latency", "--out", page.toString(), "10%:pmd-forwarder=" + latencyFiles()[0],
                "10%:dpdk-testpmd=" + missing), "report: " + missing + ": no such file");
        assertFalse(Files.exists(page), "no page from bad input");
    }

    @Test
    void latencyUnparsableHgrm() throws IOException {
        Path bad = Files.writeString(tmp.resolve("bad.hgrm"), "       Value     Percentile TotalCount 1/(1-Percentile)\n"
                + "not an hgrm line at all\n");
        assertUsageFailure(run("--latency", "--out", tmp.resolve("p.html").toString(), "10%:x=" + bad),
                "report: " + bad + ": line 2: expected Value Percentile TotalCount [1/(1-Percentile)]");
    }

    @Test
    void latencyEmptyFile() throws IOException {
        Path empty = Files.writeString(tmp.resolve("empty.hgrm"), "");
        assertUsageFailure(run("--latency", "--out", tmp.resolve("p.html").toString(), "10%:x=" + empty),
                "report: " + empty + ": empty file, not an HdrHistogram percentile file");
    }

    @Test
    void latencyMalformedArgument() {
        assertUsageFailure(run("--latency", "--out", tmp.resolve("p.html").toString(), "10%-pmd-forwarder.hgrm"),
                "report: malformed histogram argument \"10%-pmd-forwarder.hgrm\": expected GROUP:LABEL=FILE.hgrm");
    }

    @Test
    void latencyArgumentWithoutLabel() {
        assertUsageFailure(run("--latency", "--out", "p.html", "10%:=a.hgrm"), "malformed histogram argument \"10%:=a.hgrm\"");
    }

    @Test
    void latencyWithoutOut() throws IOException {
        assertUsageFailure(run("--latency", "10%:x=" + latencyFiles()[0]), "report: --latency needs --out FILE");
    }

    @Test
    void latencyWithoutHistograms() {
        assertUsageFailure(run("--latency", "--out", "p.html"), "report: no histogram given");
    }

    @Test
    void latencySameCurveTwice() throws IOException {
        Path f = latencyFiles()[0];
        assertUsageFailure(run("--latency", "--out", "p.html", "10%:x=" + f, "10%:x=" + f), "report: 10%:x given twice");
    }

    @Test
    void latencyOptionWithoutValue() {
        assertUsageFailure(run("--latency", "10%:x=a.hgrm", "--note"), "report: --note needs a value");
    }

    @Test
    void latencyRejectsDirectoryOptions() {
        assertUsageFailure(run("--latency", "--label", "a", "--out", "p.html", "10%:x=a.hgrm"),
                "report: unknown option --label with --latency");
    }
}
