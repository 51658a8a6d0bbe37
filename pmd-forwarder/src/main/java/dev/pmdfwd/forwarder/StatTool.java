package dev.pmdfwd.forwarder;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code pmd-forwarder stat [--prefix P] [--dir D] [--interval S] [--count N]}: attaches to a running
 * forwarder's counters file and prints its counters with rates, refreshing, like Aeron's stat tool.
 * Read-only; never disturbs the forwarder.
 */
final class StatTool {
    private StatTool() {
    }

    static int run(List<String> args, PrintStream out, PrintStream err) {
        String prefix = null;
        Path dir = defaultDir();
        double interval = 1;
        long count = 0;
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--prefix" -> prefix = value(args, ++i, a);
                    case "--dir" -> dir = Path.of(value(args, ++i, a));
                    case "--interval" -> interval = Double.parseDouble(value(args, ++i, a));
                    case "--count" -> count = Long.parseLong(value(args, ++i, a));
                    case "-h", "--help" -> {
                        out.println("usage: pmd-forwarder stat [--prefix EAL_FILE_PREFIX] [--dir " + defaultDir()
                                + "] [--interval SECONDS] [--count N]");
                        return ExitCode.OK;
                    }
                    default -> throw new UserError("stat: unknown option '" + a + "' (see stat --help)");
                }
            }
            if (interval <= 0) {
                throw new UserError("stat: --interval must be positive");
            }
            Path file = find(dir, prefix);
            try (CountersFile.Attached counters = CountersFile.attach(file)) {
                watch(counters, interval, count, out);
            }
            return ExitCode.OK;
        } catch (UserError e) {
            err.println("pmd-forwarder " + e.getMessage());
            return ExitCode.USAGE;
        } catch (NumberFormatException e) {
            err.println("pmd-forwarder stat: not a number: " + e.getMessage());
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println("pmd-forwarder stat: " + e.getMessage());
            return ExitCode.FAILED;
        } catch (InterruptedException e) {
            return ExitCode.OK;
        }
    }

    static Path defaultDir() {
        return Path.of("/dev/shm", "pmd-forwarder-" + System.getProperty("user.name"));
    }

    /** The counters file of the instance with this EAL file prefix, or the only one there is. */
    private static Path find(Path dir, String prefix) throws UserError, IOException {
        if (prefix != null) {
            Path file = dir.resolve(prefix + ".counters");
            if (!Files.exists(file)) {
                throw new UserError("stat: no running forwarder with --file-prefix " + prefix + " (no " + file + ")");
            }
            return file;
        }
        List<Path> files = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            try (var list = Files.list(dir)) {
                list.filter(p -> p.toString().endsWith(".counters")).filter(CountersFile::isLive).sorted().forEach(files::add);
            }
        }
        if (files.isEmpty()) {
            throw new UserError("stat: no running forwarder found in " + dir);
        }
        if (files.size() > 1) {
            throw new UserError("stat: " + files.size() + " forwarders in " + dir + ": choose one with --prefix "
                    + files.stream().map(p -> p.getFileName().toString().replace(".counters", "")).toList());
        }
        return files.getFirst();
    }

    private static void watch(CountersFile.Attached counters, double interval, long count, PrintStream out)
            throws InterruptedException {
        boolean terminal = System.console() != null;
        Map<Integer, Long> last = new HashMap<>();
        long lastAt = System.nanoTime();
        for (long n = 0; count == 0 || n < count; n++) {
            if (n > 0) {
                Thread.sleep(Duration.ofNanos((long) (interval * 1e9)));
            }
            long now = System.nanoTime();
            double seconds = Math.max((now - lastAt) / 1e9, 1e-9);
            lastAt = now;
            long age = System.currentTimeMillis() - counters.heartbeatMillis();
            if (terminal) {
                out.print("\033[H\033[2J");
            }
            out.printf(Locale.ROOT, "%s - pid %d, up %.0f s%s%n", counters.file().getFileName(), counters.pid(),
                    (System.currentTimeMillis() - counters.startMillis()) / 1000.0,
                    age > 3000 ? ", NOT UPDATING for " + age / 1000 + " s (stopped?)" : "");
            out.printf(Locale.ROOT, "%4s %20s %16s  %s%n", "id", "value", "per second", "counter");
            long seen = n;
            counters.reader().forEach((long value, int id, String label) -> {
                Long before = last.put(id, value);
                String rate = seen == 0 || before == null ? "" : String.format(Locale.ROOT, "%.0f", (value - before) / seconds);
                out.printf(Locale.ROOT, "%4d %20d %16s  %s%n", id, value, rate, label);
            });
            out.println();
            out.flush();
        }
    }

    private static String value(List<String> args, int i, String option) throws UserError {
        if (i >= args.size()) {
            throw new UserError("stat: " + option + " needs a value");
        }
        return args.get(i);
    }
}
