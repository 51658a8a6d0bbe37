package dev.pmdfwd.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A run's counters: per port what the forwarder counted and what the driver reports, per stream what
 * it forwarded, dropped by reason, fell short and retried. Losses that are not zero stand out.
 */
final class CounterTables {
    private CounterTables() {
    }

    static String ports(RunSummary s) {
        List<String> reasons = reasons(s);
        // Two header rows: "dropped" and "driver counters" over their columns keep every heading short.
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"ports\">\n<tr>");
        spanned(out, "port", false);
        spanned(out, "name", false);
        spanned(out, "driver", false);
        spanned(out, "rx packets", true);
        spanned(out, "tx packets", true);
        group(out, "dropped", 1 + reasons.size());
        group(out, "driver counters", 4);
        spanned(out, "rx Mpps", true);
        out.append("</tr>\n<tr>");
        head(out, "total", true);
        for (String r : reasons) {
            head(out, r, true);
        }
        for (String h : List.of("imissed", "rx_nombuf", "oerrors", "ierrors")) {
            head(out, h, true);
        }
        out.append("</tr>\n");
        for (PortSummary p : s.ports()) {
            out.append("<tr>");
            cell(out, String.valueOf(p.port()));
            cell(out, p.name());
            cell(out, p.driver());
            count(out, p.rxPackets(), false);
            count(out, p.txPackets(), false);
            count(out, p.droppedTotal(), true);
            for (String r : reasons) {
                Long n = p.droppedByReason().get(r);
                if (n == null) {
                    out.append("<td class=\"num zero\">\u2013</td>");
                } else {
                    count(out, n, true);
                }
            }
            count(out, p.imissed(), true);
            count(out, p.rxNombuf(), true);
            count(out, p.oerrors(), true);
            count(out, p.ierrors(), true);
            out.append("<td class=\"num\">").append(Units.mpps(p.rxPackets(), s.elapsedSeconds())).append("</td>");
            out.append("</tr>\n");
        }
        return out.append("</table></div>\n").toString();
    }

    static String streams(RunSummary s) {
        List<String> reasons = reasons(s);
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"streams\">\n<tr>");
        spanned(out, "stream", false);
        spanned(out, "rx queue \u2192 tx queue", false);
        spanned(out, "rx packets", true);
        spanned(out, "tx packets", true);
        group(out, "dropped", reasons.size());
        spanned(out, "tx shortfalls", true);
        spanned(out, "tx retries", true);
        spanned(out, "rx Mpps", true);
        out.append("</tr>\n<tr>");
        for (String r : reasons) {
            head(out, r, true);
        }
        out.append("</tr>\n");
        for (StreamSummary st : s.streams()) {
            out.append("<tr>");
            cell(out, String.valueOf(st.stream()));
            cell(out, st.path());
            count(out, st.rxPackets(), false);
            count(out, st.txPackets(), false);
            for (String r : reasons) {
                Long n = st.droppedByReason().get(r);
                if (n == null) {
                    out.append("<td class=\"num zero\">\u2013</td>");
                } else {
                    count(out, n, true);
                }
            }
            count(out, st.txShortfalls(), false);
            count(out, st.txRetries(), false);
            out.append("<td class=\"num\">").append(Units.mpps(st.rxPackets(), s.elapsedSeconds())).append("</td>");
            out.append("</tr>\n");
        }
        return out.append("</table></div>\n").toString();
    }

    /** Every drop reason a port or stream of the run names, in order of first appearance. */
    private static List<String> reasons(RunSummary s) {
        Set<String> reasons = new LinkedHashSet<>();
        s.ports().forEach(p -> reasons.addAll(p.droppedByReason().keySet()));
        s.streams().forEach(st -> reasons.addAll(st.droppedByReason().keySet()));
        return List.copyOf(reasons);
    }

    /** A heading over both header rows. */
    private static void spanned(StringBuilder out, String name, boolean numeric) {
        out.append(numeric ? "<th rowspan=\"2\" class=\"num\">" : "<th rowspan=\"2\">").append(Html.escape(name)).append("</th>");
    }

    /** A heading over {@code columns} columns of the second header row. */
    private static void group(StringBuilder out, String name, int columns) {
        if (columns > 0) {
            out.append("<th colspan=\"").append(columns).append("\" class=\"group\">").append(Html.escape(name)).append("</th>");
        }
    }

    private static void head(StringBuilder out, String name, boolean numeric) {
        out.append(numeric ? "<th class=\"num\">" : "<th>").append(Html.escape(name)).append("</th>");
    }

    private static void cell(StringBuilder out, String text) {
        out.append("<td>").append(Html.escape(text)).append("</td>");
    }

    /** A count; zero is greyed, and a non-zero loss is marked. */
    private static void count(StringBuilder out, long n, boolean isLoss) {
        String cssClass = n == 0 ? "num zero" : isLoss ? "num loss" : "num";
        out.append("<td class=\"").append(cssClass).append("\">").append(Units.count(n)).append("</td>");
    }
}
