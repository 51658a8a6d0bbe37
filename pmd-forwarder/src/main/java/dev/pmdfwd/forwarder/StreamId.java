package dev.pmdfwd.forwarder;

/** One direction of forwarding: packets received on (rxPort, rxQueue) are sent on (txPort, txQueue). */
public record StreamId(int index, int rxPort, int rxQueue, int txPort, int txQueue) {
    @Override
    public String toString() {
        return "port " + rxPort + " q" + rxQueue + " -> port " + txPort + " q" + txQueue;
    }
}
