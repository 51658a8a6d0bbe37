package dev.pmdfwd.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code report} command: {@code report DIR [DIR ...] [--out FILE] [--label NAME ...]}.
 * One DIR writes DIR/report.html (or --out); several write one comparison page to --out, by default
 * ./comparison.html, the i-th --label naming the i-th DIR (the directory's name otherwise).
 * With {@code --latency} it writes a page of .hgrm latency histograms side by side instead: see
 * {@link LatencyCommand}.
 * Exit codes: 0 written, 1 the page could not be written, 2 bad arguments or an unreadable report
 * directory or histogram; every failure is one line on the error stream.
 */
public final class ReportTool {
    /** The report-directory form, one line, as failures of that form quote it. */
    static final String DIRS_USAGE = "usage: pmd-forwarder report DIR [DIR ...] [--out FILE] [--label NAME ...]";
    /** Both forms, for --help. */
    static final String USAGE = DIRS_USAGE + "\n       "
            + LatencyCommand.USAGE.substring("usage: ".length());
    static final String DEFAULT_COMPARISON = "comparison.html";

    private ReportTool() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; prints what it wrote on {@code out}, a one-line failure on {@code err}. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        for (String a : args) {
            if (a.equals("--")) {
                break;
            }
            if (a.equals("--latency")) {
                return LatencyCommand.run(args, out, err);
            }
        }
        List<Path> dirs = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        Path output = null;
        boolean options = true;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (options && (a.equals("-h") || a.equals("--help"))) {
                out.println(USAGE);
                return 0;
            } else if (options && a.equals("--")) {
                options = false;
            } else if (options && (a.equals("--out") || a.equals("--label"))) {
                if (i + 1 >= args.length) {
                    err.println("report: " + a + " needs a value; " + DIRS_USAGE);
                    return 2;
                }
                String value = args[++i];
                if (a.equals("--out")) {
                    output = Path.of(value);
                } else {
                    labels.add(value);
                }
            } else if (options && a.startsWith("--out=")) {
                output = Path.of(a.substring("--out=".length()));
            } else if (options && a.startsWith("--label=")) {
                labels.add(a.substring("--label=".length()));
            } else if (options && a.startsWith("-") && a.length() > 1) {
                err.println("report: unknown option " + a + "; " + DIRS_USAGE);
                return 2;
            } else {
                dirs.add(Path.of(a));
            }
        }
        if (dirs.isEmpty()) {
            err.println("report: no report directory given; " + DIRS_USAGE);
            return 2;
        }
        if (labels.size() > dirs.size()) {
            err.println("report: " + labels.size() + " labels for " + dirs.size() + " directories; " + DIRS_USAGE);
            return 2;
        }
        List<LabelledRun> runs = new ArrayList<>();
        Set<String> used = new HashSet<>();
        try {
            for (int i = 0; i < dirs.size(); i++) {
                ReportDirectory dir = ReportDirectory.load(dirs.get(i));
                runs.add(new LabelledRun(unique(i < labels.size() ? labels.get(i) : dir.name(), used), dir));
            }
        } catch (ReportReadException e) {
            err.println("report: " + e.getMessage());
            return 2;
        }
        Path target = output != null ? output
                : dirs.size() == 1 ? dirs.getFirst().resolve(HtmlReport.FILE_NAME) : Path.of(DEFAULT_COMPARISON);
        try {
            new HtmlReport(runs).writeTo(target);
        } catch (IOException e) {
            err.println("report: cannot write " + target + ": " + reason(e));
            return 1;
        }
        out.println("report: wrote " + target + (runs.size() > 1 ? " comparing " + runs.size() + " runs" : ""));
        return 0;
    }

    /** Why a page could not be written, in a few words. */
    static String reason(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException x -> "no such directory";
            case java.nio.file.AccessDeniedException x -> "permission denied";
            case java.nio.file.FileSystemException x when x.getReason() != null -> x.getReason();
            default -> String.valueOf(e.getMessage());
        };
    }

    /** The label, or with " (2)", " (3)"... when an earlier run has it: curves must stay apart. */
    private static String unique(String label, Set<String> used) {
        String candidate = label;
        for (int n = 2; !used.add(candidate); n++) {
            candidate = label + " (" + n + ")";
        }
        return candidate;
    }
}
