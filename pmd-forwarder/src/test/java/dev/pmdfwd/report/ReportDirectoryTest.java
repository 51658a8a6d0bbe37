package dev.pmdfwd.report;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDirectoryTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheSummary() throws IOException {
        new ReportFixture(tmp).write();
        RunSummary s = ReportDirectory.load(tmp).summary();
        assertEquals(2.5, s.elapsedSeconds());
        assertEquals("duration 2 s elapsed", s.stopReason());
        assertEquals(List.of("-l", "0-1", "--in-memory", "--no-pci", "--vdev", "net_null0", "--vdev", "net_null1"), s.ealArgs());
        assertEquals(32L, s.config().get("burst"));
        assertEquals("retry", s.config().get("tx_policy"));
        assertEquals(1.0, s.config().get("tx_retry_delay_us"));
        assertTrue(s.conservationHolds());
        assertEquals(List.of(), s.conservationViolations());
        assertEquals(8191, s.mbufs());
        assertEquals(0, s.mbufsInUseAtEnd());
        assertEquals(List.of("tx ring of port 1 was full 12 times"), s.warnings());

        assertEquals(2, s.ports().size());
        PortSummary p0 = s.ports().getFirst();
        assertEquals(0, p0.port());
        assertEquals("net_null0", p0.name());
        assertEquals("net_null", p0.driver());
        assertEquals(1_000_000, p0.rxPackets());
        assertEquals(999_001, p0.txPackets());
        assertEquals(1000, p0.droppedTotal());
        // Reasons are a map: one this reader has never heard of comes through.
        assertEquals(Map.of("tx_full", 900L, "shutdown", 100L, "link_down", 0L), p0.droppedByReason());
        assertEquals(7, s.ports().get(1).imissed());

        StreamSummary s1 = s.streams().get(1);
        assertEquals(1, s1.stream());
        assertEquals("p1q0 \u2192 p0q0", s1.path());
        assertEquals(1_000_001, s1.rxPackets());
        assertEquals(Map.of("tx_full", 900L, "shutdown", 100L, "link_down", 0L), s1.droppedByReason());
        assertEquals(1235, s1.txShortfalls());
        assertEquals(5679, s1.txRetries());
        assertEquals(4, s1.histograms().size());
        StreamSummary.HistogramFile residence = s1.histograms().get(HistogramKind.BURST_RESIDENCE);
        assertEquals(ReportFixture.hgrmName(1, "burst_residence_ns"), residence.file());
        assertEquals("ns", residence.unit());
        assertEquals(Set.of("p50", "p99", "p99_99", "max"), residence.stats().keySet());
    }

    @Test
    void readsEveryPercentileCurveAsHdrHistogramRecordedIt() throws IOException {
        ReportFixture fixture = new ReportFixture(tmp).write();
        ReportDirectory report = ReportDirectory.load(tmp);
        int compared = 0;
        for (StreamSummary stream : report.summary().streams()) {
            for (HistogramKind kind : HistogramKind.values()) {
                Histogram h = fixture.histograms.get(stream.histograms().get(kind).file());
                PercentileCurve curve = report.curve(stream, kind);
                assertEquals(h.getTotalCount(), curve.totalCount(), kind.key());
                assertTrue(h.getTotalCount() > 0, "the fixture fills every histogram");
                assertEquals(h.getMaxValue(), curve.max(), kind.key());
                assertEquals(h.getMean(), curve.mean(), 0.001, kind.key());
                for (PercentileCurve.Point p : curve.points()) {
                    double percent = p.percentile() * 100;
                    assertEquals(h.getValueAtPercentile(percent), p.value(), kind.key() + " at " + percent);
                    assertEquals(h.getValueAtPercentile(percent), curve.valueAtPercentile(percent), kind.key() + " at " + percent);
                    assertEquals(h.getCountBetweenValues(0, (long) p.value()), p.totalCount(), kind.key() + " at " + percent);
                    compared++;
                }
                // 50% and 90% are lines of the file; elsewhere the curve gives an upper bound.
                assertEquals(h.getValueAtPercentile(50), curve.valueAtPercentile(50), kind.key());
                assertEquals(h.getValueAtPercentile(90), curve.valueAtPercentile(90), kind.key());
                for (double percent : new double[] {99, 99.9, 99.99}) {
                    assertTrue(curve.valueAtPercentile(percent) >= h.getValueAtPercentile(percent), kind.key() + " at " + percent);
                }
            }
        }
        assertTrue(compared > 100, "compared " + compared + " points");
    }

    @Test
    void readsAnEmptyHistogramAsEmpty() throws IOException {
        ReportFixture fixture = new ReportFixture(tmp).withoutShortfalls().write();
        ReportDirectory report = ReportDirectory.load(tmp);
        StreamSummary s0 = report.summary().streams().getFirst();
        PercentileCurve shortfalls = report.curve(s0, HistogramKind.TX_SHORTFALL_SIZE);
        assertTrue(shortfalls.isEmpty());
        assertEquals(0, shortfalls.totalCount());
        assertEquals(0, shortfalls.valueAtPercentile(99));
        assertEquals(0, fixture.histograms.get(s0.histograms().get(HistogramKind.TX_SHORTFALL_SIZE).file()).getTotalCount());
    }

    @Test
    void aStreamWithoutHistogramsHasEmptyCurves() throws IOException {
        new ReportFixture(tmp).withoutHistogramList().write();
        ReportDirectory report = ReportDirectory.load(tmp);
        StreamSummary s0 = report.summary().streams().getFirst();
        assertTrue(s0.histograms().isEmpty());
        assertSame(PercentileCurve.EMPTY, report.curve(s0, HistogramKind.BURST_RESIDENCE));
    }

    @Test
    void missingDirectory() {
        Path missing = tmp.resolve("nope");
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportDirectory.load(missing));
        assertEquals(missing + ": no such directory", e.getMessage());
    }

    @Test
    void missingSummary() {
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertEquals(tmp.resolve("summary.json") + ": no such file", e.getMessage());
    }

    @Test
    void malformedSummaryNamesFileAndOffset() throws IOException {
        Files.writeString(tmp.resolve("summary.json"), "{\"elapsed_seconds\": 1,,}");
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(tmp.resolve("summary.json") + ": invalid JSON: "), e.getMessage());
        assertTrue(e.getMessage().endsWith("at offset 22"), e.getMessage());
    }

    @Test
    void missingOrMistypedKeyNamesItsPath() throws IOException {
        new ReportFixture(tmp).write();
        Path summary = tmp.resolve("summary.json");
        String original = Files.readString(summary);
        Files.writeString(summary, original.replaceFirst("\"tx_shortfalls\": \\d+, ", ""));
        ReportReadException missing = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertEquals(summary + ": streams[0]: missing \"tx_shortfalls\"", missing.getMessage());

        Files.writeString(summary, original.replace("\"imissed\": 7", "\"imissed\": \"seven\""));
        ReportReadException mistyped = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertEquals(summary + ": ports[1].port_stats.imissed: expected a count (an integer >= 0), found a string",
                mistyped.getMessage());
    }

    @Test
    void histogramFileOutsideTheDirectoryIsRefused() throws IOException {
        new ReportFixture(tmp).write();
        Path summary = tmp.resolve("summary.json");
        Files.writeString(summary, Files.readString(summary).replace(ReportFixture.hgrmName(0, "rx_burst_size"), "../x.hgrm"));
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertTrue(e.getMessage().contains("streams[0].histograms.rx_burst_size.file"), e.getMessage());
    }

    @Test
    void missingHistogramFileIsNamed() throws IOException {
        new ReportFixture(tmp).write();
        Path hgrm = tmp.resolve(ReportFixture.hgrmName(1, "burst_residence_ns"));
        Files.delete(hgrm);
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertEquals(hgrm + ": no such file", e.getMessage());
    }

    @Test
    void malformedHistogramFileNamesFileAndLine() throws IOException {
        new ReportFixture(tmp).write();
        Path hgrm = tmp.resolve(ReportFixture.hgrmName(0, "rx_burst_size"));
        List<String> lines = Files.readAllLines(hgrm);
        lines.set(3, "      oops 0.1 12");
        Files.write(hgrm, lines);
        ReportReadException e = assertThrows(ReportReadException.class, () -> ReportDirectory.load(tmp));
        assertOneLine(e);
        assertTrue(e.getMessage().startsWith(hgrm + ": line 4: not a number"), e.getMessage());
    }

    @Test
    void hgrmVariants() throws IOException {
        assertTrue(HgrmReader.parse("", "f").isEmpty());
        assertTrue(HgrmReader.parse("       Value     Percentile TotalCount 1/(1-Percentile)\n\n", "f").isEmpty());
        Histogram h = new Histogram(3);
        h.recordValue(5);
        h.recordValue(7);
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        h.outputPercentileDistribution(new java.io.PrintStream(csv, true), 5, 1.0, true);
        PercentileCurve c = HgrmReader.parse(csv.toString(), "f.csv");
        assertEquals(2, c.totalCount());
        assertEquals(7, c.max());
        assertEquals(5, c.valueAtPercentile(50));
        ReportReadException decreasing = assertThrows(ReportReadException.class,
                () -> HgrmReader.parse("5.0 0.5 1\n4.0 0.9 2\n", "f"));
        assertEquals("f: line 2: decreases from the line before", decreasing.getMessage());
        ReportReadException footerOnly = assertThrows(ReportReadException.class,
                () -> HgrmReader.parse("#[Max     =    5.000, Total count    =      3]\n", "f"));
        assertOneLine(footerOnly);
    }

    private static void assertOneLine(Exception e) {
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
    }
}
