package dev.pmdfwd.eal;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds what keeps a run from leaking or clashing, unless the user chose otherwise:
 * <ul>
 *   <li>a unique {@code --file-prefix} (pmdfwd-&lt;pid&gt;-&lt;8 hex&gt;), so two runs never share EAL's runtime
 *       folder or hugepage files; not with {@code --proc-type}, whose secondaries must share the primary's prefix;</li>
 *   <li>{@code --in-memory}, so hugepage memory goes back to the kernel when the process dies, however it dies.
 *       The opt-outs are the options that ask for files or exclude it: {@code --huge-unlink} (any form,
 *       =never being the explicit "keep my files"), {@code --legacy-mem}, {@code --no-huge}, {@code --proc-type};</li>
 *   <li>{@code --no-pci} when only vdevs are given, so EAL does not probe (and grab) PCI NICs nobody asked for;</li>
 *   <li>{@code --single-file-segments} with a net_virtio_user port (unless --no-huge or --legacy-mem): its
 *       vhost-user peer maps every memory file it is sent and accepts only 8, so one file per segment list
 *       is needed, or the port fails with "Too many memory regions" (measured here, DPDK 22.11).</li>
 * </ul>
 */
final class SafeDefaults {
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The amended args, the prefix generated (if one was), and a note per change or per default not applied. */
    record Applied(EalArgs args, Optional<String> generatedPrefix, List<String> notes) {}

    private SafeDefaults() {}

    static Applied apply(EalArgs user) {
        EalArgs.Builder b = user.toBuilder();
        List<String> notes = new ArrayList<>();
        Optional<String> generated = Optional.empty();
        if (user.filePrefix().isEmpty() && user.procType().isEmpty()) {
            generated = Optional.of(newPrefix());
            b.filePrefix = generated;
            notes.add("added --file-prefix " + generated.get() + " so this run shares no EAL files with another");
        }
        if (!user.inMemory()) {
            Optional<String> optOut = user.hugeUnlink() ? Optional.of("--huge-unlink")
                    : user.legacyMem() ? Optional.of("--legacy-mem")
                    : user.noHuge() ? Optional.of("--no-huge")
                    : user.procType().map(t -> "--proc-type " + t);
            if (optOut.isEmpty()) {
                b.inMemory = true;
                notes.add("added --in-memory so hugepages are released when the process exits (opt out with --huge-unlink=never)");
            } else {
                notes.add("--in-memory not added because of " + optOut.get());
            }
        }
        if (!user.vdevs().isEmpty() && user.allow().isEmpty() && user.block().isEmpty() && !user.noPci()) {
            b.noPci = true;
            notes.add("added --no-pci: only vdevs are given, so EAL need not probe PCI devices");
        }
        boolean virtioUser = user.vdevs().stream().anyMatch(v -> v.driver().equals("net_virtio_user"));
        if (virtioUser && !user.hasPassthrough("--single-file-segments") && !user.noHuge() && !user.legacyMem()) {
            b.passthrough.add(new PassthroughOption("--single-file-segments", Optional.empty()));
            notes.add("added --single-file-segments: a virtio_user port shares its memory with the vhost-user peer,"
                    + " which takes at most 8 memory files");
        }
        return new Applied(b.build(), generated, notes);
    }

    /** A prefix no other run has: the pid keeps concurrent runs apart, 32 random bits keep pid reuse apart. */
    static String newPrefix() {
        return String.format("pmdfwd-%d-%08x", ProcessHandle.current().pid(), RANDOM.nextInt());
    }
}
