package dev.pmdfwd.forwarder;

/**
 * How every port is configured.
 *
 * @param rxQueues    rx queues per port (RSS spreads flows over them when more than one)
 * @param txQueues    tx queues per port asked for (0: as many as forwarding lcores); never fewer than
 *                    the forwarding lcores, so no two lcores share one
 * @param rxDesc      rx ring size asked for (the driver may round it)
 * @param txDesc      tx ring size asked for
 * @param maxPktLen   the largest frame to accept, Ethernet header and CRC included
 * @param mbufDataRoom bytes per mbuf including headroom; a larger frame needs scattered rx
 */
public record PortSettings(int rxQueues, int txQueues, int rxDesc, int txDesc, int maxPktLen, int mbufDataRoom) {
}
