/**
 * Checks and sizes the EAL part of a {@code pmd-forwarder [EAL args] -- [app options]} launch before DPDK sees
 * it, so a bad launch ends with one sentence naming the argument and the fix instead of EAL's usage dump or a
 * fatal error deep in rte_eal_init.
 *
 * <p>Entry point: {@link dev.pmdfwd.eal.LaunchPlanner#plan}, which returns a {@link dev.pmdfwd.eal.LaunchPlan}
 * (final argv, pool size, port pairs, warnings) or throws {@link dev.pmdfwd.eal.LaunchException}. The machine
 * is seen through {@link dev.pmdfwd.eal.SystemView}, so the rules are tested against fake systems.
 * Targets DPDK 22.11 (Debian); the option table is in {@code KnownEalOptions}.
 */
package dev.pmdfwd.eal;
