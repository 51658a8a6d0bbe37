package dev.pmdfwd.eal;

import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Resolves which lcores a launch gets and checks them against the machine: every cpu online, the main lcore
 * inside the list. Without a core list EAL takes every online cpu, so the result is never empty.
 *
 * @param lcores     the lcore ids EAL will create
 * @param mainLcore  the main lcore (--main-lcore, else the lowest id, as DPDK does)
 * @param forwarding lcores left for forwarding: all but the main one; 0 when there is only one (it forwards)
 */
record LcoreCheck(SortedSet<Integer> lcores, int mainLcore, int forwarding) {

    static LcoreCheck check(EalArgs args, SystemView system) throws LaunchException {
        SortedSet<Integer> online = system.onlineCpus();
        SortedSet<Integer> lcores;
        if (args.cores().isPresent()) {
            CoreSpec spec = args.cores().get();
            SortedSet<Integer> offline = new TreeSet<>(spec.cpus());
            offline.removeAll(online);
            if (!offline.isEmpty()) {
                String what = spec.form() == CoreSpec.Form.LCORES ? "maps lcores to cpu" : "names core";
                throw new LaunchException(spec.form().option() + " " + Text.q(spec.text()) + " " + what
                        + (offline.size() > 1 ? "s " : " ") + Text.cpuList(offline) + ", not online on this machine (online cpus: "
                        + Text.cpuList(online) + "): use cores from " + Text.cpuList(online));
            }
            lcores = spec.lcores();
        } else {
            lcores = new TreeSet<>(online.headSet(KnownEalOptions.MAX_LCORE));
        }
        if (lcores.isEmpty()) {
            throw new LaunchException("no usable cpu is online (online: " + Text.cpuList(online) + "): give cores with -l, e.g. -l 0-1");
        }
        int main = lcores.first();
        if (args.mainLcore().isPresent()) {
            main = args.mainLcore().getAsInt();
            if (!lcores.contains(main)) {
                String list = args.cores().map(c -> c.form().option() + " " + c.text()).orElse("the online cpus " + Text.cpuList(online));
                throw new LaunchException("--main-lcore " + main + " is not among the lcores of " + list
                        + ": pick one of " + Text.cpuList(lcores) + ", or add " + main + " to the core list");
            }
        }
        return new LcoreCheck(lcores, main, lcores.size() > 1 ? lcores.size() - 1 : 0);
    }
}
