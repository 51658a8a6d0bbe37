package dev.pmdfwd.eal;

import dev.pmdfwd.eal.EalArgvReader.RawOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.regex.Pattern;

/**
 * The EAL part of a launch as a typed value: parsed from argv, rendered back to argv, compared by value
 * ({@code parse(toArgv(parse(x)))} equals {@code parse(x)}).
 *
 * <p>Modeled: the core list ({@code -l}/{@code -c}/{@code --lcores}), {@code --main-lcore}, {@code -m},
 * {@code --socket-mem}, {@code --no-huge}, {@code --legacy-mem}, {@code --in-memory}, {@code --no-shconf},
 * {@code --huge-unlink}, {@code --huge-dir}, {@code --file-prefix}, {@code --proc-type}, {@code --iova-mode},
 * {@code --no-pci}, {@code -a}/{@code --allow}, {@code -b}/{@code --block}, {@code --vdev}, {@code -d},
 * {@code --log-level}. Every other option DPDK 22.11 knows is kept as a {@link PassthroughOption}; an option it
 * does not know is refused. Rendering uses a fixed order (cores, memory, files, devices, logging, passthrough),
 * keeping the relative order of repeated options, which is the only order EAL cares about.
 */
public final class EalArgs {
    private static final Pattern FILE_PREFIX = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final List<String> LOG_LEVEL_NAMES =
            List.of("emergency", "alert", "critical", "error", "warning", "notice", "info", "debug");

    private final Optional<CoreSpec> cores;
    private final OptionalInt mainLcore;
    private final OptionalInt memoryMb;
    private final Optional<String> socketMem;
    private final boolean noHuge;
    private final boolean legacyMem;
    private final boolean inMemory;
    private final boolean noShconf;
    private final Optional<String> hugeUnlink;
    private final Optional<String> hugeDir;
    private final Optional<String> filePrefix;
    private final Optional<String> procType;
    private final Optional<String> iovaMode;
    private final boolean noPci;
    private final List<String> allow;
    private final List<String> block;
    private final List<Vdev> vdevs;
    private final List<String> drivers;
    private final List<String> logLevels;
    private final List<PassthroughOption> passthrough;

    private EalArgs(Builder b) {
        cores = b.cores;
        mainLcore = b.mainLcore;
        memoryMb = b.memoryMb;
        socketMem = b.socketMem;
        noHuge = b.noHuge;
        legacyMem = b.legacyMem;
        inMemory = b.inMemory;
        noShconf = b.noShconf;
        hugeUnlink = b.hugeUnlink;
        hugeDir = b.hugeDir;
        filePrefix = b.filePrefix;
        procType = b.procType;
        iovaMode = b.iovaMode;
        noPci = b.noPci;
        allow = List.copyOf(b.allow);
        block = List.copyOf(b.block);
        vdevs = List.copyOf(b.vdevs);
        drivers = List.copyOf(b.drivers);
        logLevels = List.copyOf(b.logLevels);
        passthrough = List.copyOf(b.passthrough);
    }

    /**
     * Parses the EAL part of argv (no argv[0], no "--", @argfiles already expanded). Refuses unknown options,
     * missing or malformed values, single-valued options given twice and two core-list forms at once.
     */
    public static EalArgs parse(List<String> argv) throws LaunchException {
        Builder b = new Builder();
        Set<String> seen = new HashSet<>();
        Set<String> devices = new HashSet<>();
        for (RawOption raw : EalArgvReader.read(argv)) {
            String option = raw.option().canonical();
            String spelled = raw.spelling();
            if (!raw.option().repeatable() && !seen.add(option)) {
                throw new LaunchException(spelled + " is given twice: give it once (EAL would silently keep the last one)");
            }
            String value = raw.value().orElse("");
            switch (option) {
                case "-l", "-c", "--lcores" -> {
                    if (b.cores.isPresent()) {
                        throw new LaunchException(b.cores.get().form().option() + " and " + spelled
                                + " both give the cores, which EAL refuses: keep only one of -l, -c, --lcores");
                    }
                    CoreSpec.Form form = option.equals("-l") ? CoreSpec.Form.LIST
                            : option.equals("-c") ? CoreSpec.Form.MASK : CoreSpec.Form.LCORES;
                    b.cores = Optional.of(CoreSpec.parse(form, value));
                }
                case "--main-lcore" -> b.mainLcore = OptionalInt.of(
                        number(spelled, value, 0, KnownEalOptions.MAX_LCORE - 1, "an lcore id from the core list, e.g. 0"));
                case "-m" -> b.memoryMb = OptionalInt.of(
                        number(spelled, value, 1, 16 * 1024 * 1024, "megabytes as a plain number, e.g. -m 512"));
                case "--socket-mem" -> b.socketMem = Optional.of(socketMem(spelled, value));
                case "--no-huge" -> b.noHuge = true;
                case "--legacy-mem" -> b.legacyMem = true;
                case "--in-memory" -> b.inMemory = true;
                case "--no-shconf" -> b.noShconf = true;
                case "--no-pci" -> b.noPci = true;
                case "--huge-unlink" -> b.hugeUnlink = Optional.of(
                        oneOf(spelled, value, List.of("", "existing", "always", "never"), "--huge-unlink or --huge-unlink=existing|always|never"));
                case "--huge-dir" -> b.hugeDir = Optional.of(value);
                case "--file-prefix" -> {
                    if (!FILE_PREFIX.matcher(value).matches()) {
                        throw new LaunchException(spelled + " " + Text.q(value) + " is not a usable prefix (it names files and folders):"
                                + " use 1-64 characters from A-Z a-z 0-9 _ . -");
                    }
                    b.filePrefix = Optional.of(value);
                }
                case "--proc-type" -> b.procType = Optional.of(
                        oneOf(spelled, value, List.of("primary", "secondary", "auto"), "--proc-type primary|secondary|auto"));
                case "--iova-mode" -> b.iovaMode = Optional.of(oneOf(spelled, value, List.of("pa", "va"), "--iova-mode pa or --iova-mode va"));
                case "-a", "-b" -> {
                    String address = PciAddresses.check(spelled, value);
                    if (!devices.add(address)) {
                        throw new LaunchException(spelled + " " + Text.q(value) + " names PCI device " + address
                                + " a second time: list each device once");
                    }
                    (option.equals("-a") ? b.allow : b.block).add(value);
                }
                case "--vdev" -> b.vdevs.add(Vdev.parse(value));
                case "-d" -> b.drivers.add(value);
                case "--log-level" -> b.logLevels.add(logLevel(spelled, value));
                default -> b.passthrough.add(new PassthroughOption(option, raw.value()));
            }
        }
        return b.build();
    }

    /** The argv this model stands for, in canonical order and spelling; parsing it gives an equal model. */
    public List<String> toArgv() {
        List<String> argv = new ArrayList<>();
        cores.ifPresent(c -> {
            argv.add(c.form().option());
            argv.add(c.text());
        });
        mainLcore.ifPresent(id -> {
            argv.add("--main-lcore");
            argv.add(Integer.toString(id));
        });
        memoryMb.ifPresent(mb -> {
            argv.add("-m");
            argv.add(Integer.toString(mb));
        });
        socketMem.ifPresent(s -> {
            argv.add("--socket-mem");
            argv.add(s);
        });
        addFlag(argv, noHuge, "--no-huge");
        addFlag(argv, legacyMem, "--legacy-mem");
        addFlag(argv, inMemory, "--in-memory");
        addFlag(argv, noShconf, "--no-shconf");
        hugeUnlink.ifPresent(mode -> argv.add(mode.isEmpty() ? "--huge-unlink" : "--huge-unlink=" + mode));
        hugeDir.ifPresent(d -> {
            argv.add("--huge-dir");
            argv.add(d);
        });
        filePrefix.ifPresent(p -> {
            argv.add("--file-prefix");
            argv.add(p);
        });
        procType.ifPresent(t -> {
            argv.add("--proc-type");
            argv.add(t);
        });
        iovaMode.ifPresent(m -> {
            argv.add("--iova-mode");
            argv.add(m);
        });
        addFlag(argv, noPci, "--no-pci");
        for (String a : allow) {
            argv.add("-a");
            argv.add(a);
        }
        for (String b : block) {
            argv.add("-b");
            argv.add(b);
        }
        for (Vdev v : vdevs) {
            argv.add("--vdev");
            argv.add(v.toDevargs());
        }
        for (String d : drivers) {
            argv.add("-d");
            argv.add(d);
        }
        for (String level : logLevels) {
            argv.add("--log-level");
            argv.add(level);
        }
        for (PassthroughOption p : passthrough) {
            argv.addAll(p.toArgv());
        }
        return List.copyOf(argv);
    }

    private static void addFlag(List<String> argv, boolean set, String flag) {
        if (set) {
            argv.add(flag);
        }
    }

    // ---- accessors ----

    /** The core list as given, if any; without one EAL uses every online cpu. */
    public Optional<CoreSpec> cores() {
        return cores;
    }

    /** The lcore ids the core list defines, sorted; empty when no core list was given. */
    public SortedSet<Integer> lcores() {
        return cores.map(CoreSpec::lcores).orElse(Collections.emptySortedSet());
    }

    /** {@code --main-lcore}; when absent DPDK uses the lowest lcore. */
    public OptionalInt mainLcore() {
        return mainLcore;
    }

    /** {@code -m} in megabytes (MiB). */
    public OptionalInt memoryMb() {
        return memoryMb;
    }

    /** {@code --socket-mem} as given ("512,512"). */
    public Optional<String> socketMem() {
        return socketMem;
    }

    /** The sum of the {@code --socket-mem} values in megabytes, or 0 when not given. */
    public long socketMemTotalMb() {
        return socketMem.map(s -> Arrays.stream(s.split(",")).mapToLong(Long::parseLong).sum()).orElse(0L);
    }

    public boolean noHuge() {
        return noHuge;
    }

    public boolean legacyMem() {
        return legacyMem;
    }

    public boolean inMemory() {
        return inMemory;
    }

    public boolean noShconf() {
        return noShconf;
    }

    /** Whether {@code --huge-unlink} was given in any form. */
    public boolean hugeUnlink() {
        return hugeUnlink.isPresent();
    }

    /** The {@code --huge-unlink} mode: "" for the bare option (DPDK: always), else existing|always|never. */
    public Optional<String> hugeUnlinkMode() {
        return hugeUnlink;
    }

    public Optional<String> hugeDir() {
        return hugeDir;
    }

    public Optional<String> filePrefix() {
        return filePrefix;
    }

    public Optional<String> procType() {
        return procType;
    }

    public Optional<String> iovaMode() {
        return iovaMode;
    }

    public boolean noPci() {
        return noPci;
    }

    /** {@code -a}/{@code --allow} devargs in order, as given. */
    public List<String> allow() {
        return allow;
    }

    /** {@code -b}/{@code --block} devargs in order, as given. */
    public List<String> block() {
        return block;
    }

    public List<Vdev> vdevs() {
        return vdevs;
    }

    /** {@code -d} driver libraries or folders in order. */
    public List<String> drivers() {
        return drivers;
    }

    public List<String> logLevels() {
        return logLevels;
    }

    /** Known but unmodeled options, in order. */
    public List<PassthroughOption> passthrough() {
        return passthrough;
    }

    /** Whether a passthrough option of that canonical name is present ({@code "--match-allocations"}). */
    public boolean hasPassthrough(String name) {
        return passthrough.stream().anyMatch(p -> p.name().equals(name));
    }

    Builder toBuilder() {
        return new Builder(this);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof EalArgs other)) {
            return false;
        }
        return noHuge == other.noHuge && legacyMem == other.legacyMem && inMemory == other.inMemory
                && noShconf == other.noShconf && noPci == other.noPci
                && cores.equals(other.cores) && mainLcore.equals(other.mainLcore) && memoryMb.equals(other.memoryMb)
                && socketMem.equals(other.socketMem) && hugeUnlink.equals(other.hugeUnlink)
                && hugeDir.equals(other.hugeDir) && filePrefix.equals(other.filePrefix)
                && procType.equals(other.procType) && iovaMode.equals(other.iovaMode)
                && allow.equals(other.allow) && block.equals(other.block) && vdevs.equals(other.vdevs)
                && drivers.equals(other.drivers) && logLevels.equals(other.logLevels)
                && passthrough.equals(other.passthrough);
    }

    @Override
    public int hashCode() {
        return Objects.hash(cores, mainLcore, memoryMb, socketMem, noHuge, legacyMem, inMemory, noShconf, hugeUnlink,
                hugeDir, filePrefix, procType, iovaMode, noPci, allow, block, vdevs, drivers, logLevels, passthrough);
    }

    @Override
    public String toString() {
        return Text.shellLine(toArgv());
    }

    // ---- value checks ----

    private static int number(String option, String value, int min, int max, String expected) throws LaunchException {
        if (value.isEmpty() || value.length() > 9 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new LaunchException(option + " " + Text.q(value) + " is not a number: write " + expected);
        }
        int n = Integer.parseInt(value);
        if (n < min || n > max) {
            throw new LaunchException(option + " " + value + " is out of range " + min + "-" + max + ": write " + expected);
        }
        return n;
    }

    private static String oneOf(String option, String value, List<String> allowed, String expected) throws LaunchException {
        String lower = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw new LaunchException(option + " " + Text.q(value) + " is not valid: write " + expected);
        }
        return lower;
    }

    private static String socketMem(String option, String value) throws LaunchException {
        String[] parts = value.split(",", -1);
        long total = 0;
        for (String part : parts) {
            if (part.isEmpty() || part.length() > 9 || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new LaunchException(option + " " + Text.q(value) + " is not a list of megabytes per NUMA node: write e.g. "
                        + option + " 512 or " + option + " 512,512");
            }
            total += Long.parseLong(part);
        }
        if (total == 0) {
            throw new LaunchException(option + " " + value + " asks for no memory at all: give at least one node some megabytes, e.g. "
                    + option + " 512");
        }
        return value;
    }

    /** Light check of "level", "pattern:level" or "regex,level" (levels by name prefix or 1-8, as DPDK reads them). */
    private static String logLevel(String option, String value) throws LaunchException {
        if (value.equals("help")) {
            return value;
        }
        int split = Math.max(value.lastIndexOf(':'), value.lastIndexOf(','));
        String level = split < 0 ? value : value.substring(split + 1);
        boolean named = !level.isEmpty() && LOG_LEVEL_NAMES.stream().anyMatch(n -> n.startsWith(level.toLowerCase(Locale.ROOT)));
        boolean numeric = level.matches("[1-8]");
        if (!named && !numeric) {
            throw new LaunchException(option + " " + Text.q(value) + " has no valid level: end it with a level name ("
                    + String.join(", ", LOG_LEVEL_NAMES) + ") or 1-8, e.g. " + option + " lib.eal:debug");
        }
        if (split == 0) {
            throw new LaunchException(option + " " + Text.q(value) + " has an empty log type: write e.g. " + option + " lib.eal:debug");
        }
        return value;
    }

    /** Mutable staging for building or amending an {@link EalArgs}. */
    static final class Builder {
        Optional<CoreSpec> cores = Optional.empty();
        OptionalInt mainLcore = OptionalInt.empty();
        OptionalInt memoryMb = OptionalInt.empty();
        Optional<String> socketMem = Optional.empty();
        boolean noHuge;
        boolean legacyMem;
        boolean inMemory;
        boolean noShconf;
        Optional<String> hugeUnlink = Optional.empty();
        Optional<String> hugeDir = Optional.empty();
        Optional<String> filePrefix = Optional.empty();
        Optional<String> procType = Optional.empty();
        Optional<String> iovaMode = Optional.empty();
        boolean noPci;
        final List<String> allow = new ArrayList<>();
        final List<String> block = new ArrayList<>();
        final List<Vdev> vdevs = new ArrayList<>();
        final List<String> drivers = new ArrayList<>();
        final List<String> logLevels = new ArrayList<>();
        final List<PassthroughOption> passthrough = new ArrayList<>();

        Builder() {}

        Builder(EalArgs a) {
            cores = a.cores;
            mainLcore = a.mainLcore;
            memoryMb = a.memoryMb;
            socketMem = a.socketMem;
            noHuge = a.noHuge;
            legacyMem = a.legacyMem;
            inMemory = a.inMemory;
            noShconf = a.noShconf;
            hugeUnlink = a.hugeUnlink;
            hugeDir = a.hugeDir;
            filePrefix = a.filePrefix;
            procType = a.procType;
            iovaMode = a.iovaMode;
            noPci = a.noPci;
            allow.addAll(a.allow);
            block.addAll(a.block);
            vdevs.addAll(a.vdevs);
            drivers.addAll(a.drivers);
            logLevels.addAll(a.logLevels);
            passthrough.addAll(a.passthrough);
        }

        EalArgs build() {
            return new EalArgs(this);
        }
    }
}
