/* The DPDK headers jextract reads to regenerate dev.pmdfwd.dpdk.gen (scripts/jextract-dpdk.sh).
 * The symbols taken from them are listed in native-bindings/dpdk-symbols.txt. */
#include <rte_config.h>
#include <rte_version.h>
#include <rte_errno.h>
#include <rte_eal.h>
#include <rte_lcore.h>
#include <rte_launch.h>
#include <rte_cycles.h>
#include <rte_mempool.h>
#include <rte_mbuf.h>
#include <rte_mbuf_dyn.h>
#include <rte_ring.h>
#include <rte_ethdev.h>
#include <rte_log.h>
#include <rte_eth_ring.h>
