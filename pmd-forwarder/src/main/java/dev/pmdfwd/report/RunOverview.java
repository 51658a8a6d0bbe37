package dev.pmdfwd.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The top of a page: per run its verdict, duration, stop reason, throughput, mbufs, warnings and EAL
 * arguments, then the configuration side by side with the rows where runs differ marked.
 */
final class RunOverview {
    private RunOverview() {
    }

    /** A banner above everything when a run broke conservation: the one thing that must not be missed. */
    static String violationBanner(List<LabelledRun> runs, boolean comparison) {
        StringBuilder out = new StringBuilder();
        for (LabelledRun run : runs) {
            if (!run.directory().summary().conservationHolds()) {
                out.append("<div class=\"verdict bad banner\">Conservation VIOLATED")
                        .append(comparison ? " in " + Html.escape(run.label()) : "")
                        .append(": packets were lost without being counted as dropped. See below.</div>\n");
            }
        }
        return out.toString();
    }

    static String cards(List<LabelledRun> runs, boolean comparison) {
        StringBuilder out = new StringBuilder("<div class=\"runs\">\n");
        for (LabelledRun run : runs) {
            out.append(card(run, comparison));
        }
        return out.append("</div>\n").toString();
    }

    private static String card(LabelledRun run, boolean comparison) {
        RunSummary s = run.directory().summary();
        StringBuilder out = new StringBuilder("<section class=\"card run\">\n");
        if (comparison) {
            out.append("<h3>").append(Html.escape(run.label())).append("</h3>\n");
        }
        out.append(verdict(s));
        out.append("<dl class=\"facts\">\n");
        fact(out, "Duration", Html.escape(Units.seconds(s.elapsedSeconds())));
        fact(out, "Stopped by", Html.escape(s.stopReason()));
        fact(out, "Received", Html.escape(Units.count(s.rxPackets()) + " packets, "
                + Units.mpps(s.rxPackets(), s.elapsedSeconds()) + " Mpps on all ports"));
        String mbufs = Units.count(s.mbufs()) + " in the pool, " + Units.count(s.mbufsInUseAtEnd()) + " in use at the end";
        fact(out, "mbufs", s.mbufsInUseAtEnd() == 0 ? Html.escape(mbufs)
                : "<span class=\"attention\">" + Html.escape(mbufs) + "</span>");
        fact(out, "EAL args", s.ealArgs().isEmpty() ? "<span class=\"empty\">none</span>" : ealArgs(s.ealArgs()));
        fact(out, "Directory", "<code>" + Html.escape(run.directory().path().toString()) + "</code>");
        out.append("</dl>\n");
        if (!s.warnings().isEmpty()) {
            out.append("<ul class=\"warnings\">\n");
            for (String w : s.warnings()) {
                out.append("<li>").append(Html.escape(w)).append("</li>\n");
            }
            out.append("</ul>\n");
        }
        return out.append("</section>\n").toString();
    }

    private static String verdict(RunSummary s) {
        if (s.conservationHolds()) {
            return "<div class=\"verdict ok\">Conservation holds: every received packet was transmitted or counted as dropped</div>\n";
        }
        StringBuilder out = new StringBuilder("<div class=\"verdict bad\">Conservation VIOLATED\n<ul>\n");
        for (String v : s.conservationViolations()) {
            out.append("<li>").append(Html.escape(v)).append("</li>\n");
        }
        return out.append("</ul>\n</div>\n").toString();
    }

    private static void fact(StringBuilder out, String name, String valueHtml) {
        out.append("<dt>").append(Html.escape(name)).append("</dt><dd>").append(valueHtml).append("</dd>\n");
    }

    /**
     * The arguments as one would type them (quoted where the shell needs it), each kept whole on a line:
     * a browser would otherwise break "--no-pci" after its dashes.
     */
    private static String ealArgs(List<String> args) {
        StringBuilder out = new StringBuilder("<code class=\"args\">");
        for (String a : args) {
            String word = a.isEmpty() || a.matches(".*[\\s'\"\\\\$`].*") ? "'" + a.replace("'", "'\\''") + "'" : a;
            out.append("<span class=\"arg\">").append(Html.escape(word)).append("</span>");
        }
        return out.append("</code>").toString();
    }

    /**
     * The config as one row per run and one column per setting (compact, and easy to scan across runs);
     * a setting whose value differs between runs is marked.
     */
    static String configTable(List<LabelledRun> runs, boolean comparison) {
        Set<String> keys = new LinkedHashSet<>();
        runs.forEach(r -> keys.addAll(r.directory().summary().config().keySet()));
        if (keys.isEmpty()) {
            return "<p class=\"empty\">The summary lists no configuration.</p>\n";
        }
        Set<String> differing = new LinkedHashSet<>();
        for (String key : keys) {
            if (runs.stream().map(r -> configValue(r, key)).distinct().count() > 1) {
                differing.add(key);
            }
        }
        StringBuilder out = new StringBuilder("<div class=\"table-wrap\"><table class=\"config\">\n<tr>");
        if (comparison) {
            out.append("<th>run</th>");
        }
        for (String key : keys) {
            out.append(differing.contains(key) ? "<th class=\"differs\" title=\"differs between runs\">" : "<th>")
                    .append(Html.escape(key)).append("</th>");
        }
        out.append("</tr>\n");
        for (LabelledRun run : runs) {
            out.append("<tr>");
            if (comparison) {
                out.append("<td>").append(Html.escape(run.label())).append("</td>");
            }
            for (String key : keys) {
                String value = configValue(run, key);
                String cssClass = differing.contains(key) ? " class=\"differs\"" : "";
                out.append("<td").append(cssClass).append(">")
                        .append(value == null ? "<span class=\"empty\">not set</span>" : Html.escape(value)).append("</td>");
            }
            out.append("</tr>\n");
        }
        return out.append("</table></div>\n").toString();
    }

    private static String configValue(LabelledRun run, String key) {
        Map<String, Object> config = run.directory().summary().config();
        return config.containsKey(key) ? Units.configValue(config.get(key)) : null;
    }
}
