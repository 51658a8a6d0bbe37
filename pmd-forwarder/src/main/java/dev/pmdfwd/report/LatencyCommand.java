package dev.pmdfwd.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code report --latency --out FILE [--title T] [--note LINE]... GROUP:LABEL=FILE.hgrm ...}: one
 * {@link LatencyPage} with a card per GROUP, in order of first appearance, and in it a curve per LABEL.
 * GROUP ends at the first ':' and LABEL at the first '=', so that file names may hold either.
 * Exit codes as {@link ReportTool}'s; every failure is one line on the error stream.
 */
final class LatencyCommand {
    static final String USAGE =
            "usage: pmd-forwarder report --latency --out FILE [--title T] [--note LINE]... GROUP:LABEL=FILE.hgrm ...";
    static final String DEFAULT_TITLE = "One-way latency";

    /** One GROUP:LABEL=FILE argument. */
    private record Source(String group, String label, Path file) {
    }

    private LatencyCommand() {
    }

    /** {@code args} are the report command's, {@code --latency} among them. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Path output = null;
        String title = DEFAULT_TITLE;
        List<String> notes = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String name = a.contains("=") ? a.substring(0, a.indexOf('=')) : a;
            if (options && (a.equals("-h") || a.equals("--help"))) {
                out.println(ReportTool.USAGE);
                return 0;
            } else if (options && a.equals("--")) {
                options = false;
            } else if (options && a.equals("--latency")) {
                continue;
            } else if (options && (name.equals("--out") || name.equals("--title") || name.equals("--note"))) {
                String value;
                if (!name.equals(a)) {
                    value = a.substring(name.length() + 1);
                } else if (i + 1 < args.length) {
                    value = args[++i];
                } else {
                    err.println("report: " + a + " needs a value; " + USAGE);
                    return 2;
                }
                switch (name) {
                    case "--out" -> {
                        if (value.isBlank()) {
                            err.println("report: --out needs a file; " + USAGE);
                            return 2;
                        }
                        output = Path.of(value);
                    }
                    case "--title" -> title = value;
                    default -> notes.add(value);
                }
            } else if (options && a.startsWith("-") && a.length() > 1) {
                err.println("report: unknown option " + a + " with --latency; " + USAGE);
                return 2;
            } else {
                Source s = source(a);
                if (s == null) {
                    err.println("report: malformed histogram argument \"" + a + "\": expected GROUP:LABEL=FILE.hgrm; " + USAGE);
                    return 2;
                }
                if (sources.stream().anyMatch(o -> o.group().equals(s.group()) && o.label().equals(s.label()))) {
                    err.println("report: " + s.group() + ":" + s.label() + " given twice; " + USAGE);
                    return 2;
                }
                sources.add(s);
            }
        }
        if (sources.isEmpty()) {
            err.println("report: no histogram given; " + USAGE);
            return 2;
        }
        if (output == null) {
            err.println("report: --latency needs --out FILE; " + USAGE);
            return 2;
        }
        // Read every file before writing anything, so that a bad one leaves no page behind.
        Map<String, List<LatencyPage.Curve>> groups = new LinkedHashMap<>();
        try {
            for (Source s : sources) {
                groups.computeIfAbsent(s.group(), g -> new ArrayList<>()).add(LatencyPage.Curve.read(s.label(), s.file()));
            }
        } catch (ReportReadException e) {
            err.println("report: " + e.getMessage());
            return 2;
        }
        List<LatencyPage.Group> page = new ArrayList<>();
        groups.forEach((name, curves) -> page.add(new LatencyPage.Group(name, curves)));
        try {
            new LatencyPage(title, notes, page).writeTo(output);
        } catch (IOException e) {
            err.println("report: cannot write " + output + ": " + ReportTool.reason(e));
            return 1;
        }
        out.println("report: wrote " + output + " with " + sources.size() + " curves in " + page.size() + " groups");
        return 0;
    }

    /** GROUP:LABEL=FILE, each part non-blank; null when malformed. */
    private static Source source(String arg) {
        int eq = arg.indexOf('=');
        int colon = arg.indexOf(':');
        if (colon <= 0 || eq < 0 || colon > eq) {
            return null;
        }
        String group = arg.substring(0, colon).strip();
        String label = arg.substring(colon + 1, eq).strip();
        String file = arg.substring(eq + 1);
        if (group.isEmpty() || label.isEmpty() || file.isBlank()) {
            return null;
        }
        try {
            return new Source(group, label, Path.of(file));
        } catch (java.nio.file.InvalidPathException e) {
            return null;
        }
    }
}
