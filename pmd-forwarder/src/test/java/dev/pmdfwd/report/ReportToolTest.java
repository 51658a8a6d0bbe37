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
}
