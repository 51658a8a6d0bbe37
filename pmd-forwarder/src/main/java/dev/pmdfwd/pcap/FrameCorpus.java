package dev.pmdfwd.pcap;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Deterministic Ethernet frames (no FCS) for forwarding tests.
 *
 * <p>Every frame carries an 8-byte tag, "PMDF" then a big-endian sequence number, at the start
 * of its UDP payload (or, for ARP, in the trailer after the ARP body), followed by a counting
 * pattern that starts at the sequence number. Equal sequence numbers give equal bytes, so
 * expected output can be rebuilt instead of stored, and a reordered, duplicated or corrupted
 * frame shows up in a plain byte comparison. Addresses come from the documentation ranges
 * (192.0.2.0/24, 198.51.100.0/24, 2001:db8::/32) and locally administered MACs.
 */
public final class FrameCorpus {

    /** Smallest legal frame without FCS; shorter frames are runts. */
    public static final int MIN_FRAME = 60;
    /** Largest untagged frame for a 1500-byte MTU, without FCS. */
    public static final int FULL_FRAME = 1514;
    public static final int JUMBO_FRAME = 9000;
    /** Lengths that catch code assuming even or word-aligned sizes. */
    public static final List<Integer> ODD_LENGTHS = List.of(61, 63, 127, 1001);

    public static final int ETHERTYPE_IPV4 = 0x0800;
    public static final int ETHERTYPE_ARP = 0x0806;
    public static final int ETHERTYPE_IPV6 = 0x86dd;
    public static final int TPID_8021Q = 0x8100;
    public static final int TPID_8021AD = 0x88a8;

    /** Tag that starts every payload: "PMDF" then the sequence number. */
    public static final int TAG_MAGIC = 0x504d4446;
    public static final int TAG_LENGTH = 8;

    private static final byte[] SRC_MAC = {0x02, 0, 0, 0, 0, 0x01};
    private static final byte[] DST_MAC = {0x02, 0, 0, 0, 0, 0x02};
    private static final byte[] BROADCAST_MAC = {-1, -1, -1, -1, -1, -1};
    private static final byte[] SRC_IP4 = {(byte) 192, 0, 2, 1};
    private static final byte[] DST_IP4 = {(byte) 198, 51, 100, 1};
    private static final byte[] BROADCAST_IP4 = {-1, -1, -1, -1};
    private static final byte[] MULTICAST_IP4 = {(byte) 239, 1, 2, 3};
    // RFC 1112 mapping: 01:00:5e plus the low 23 bits of the group address.
    private static final byte[] MULTICAST_MAC = {0x01, 0x00, 0x5e, 0x01, 0x02, 0x03};
    private static final byte[] SRC_IP6 = ip6(1);
    private static final byte[] DST_IP6 = ip6(2);
    private static final int SRC_PORT = 49152;
    private static final int DST_PORT = 9; // discard: harmless should a frame ever escape
    private static final int IP_PROTO_UDP = 17;
    private static final int IPV4_HEADER = 20;
    private static final int IPV6_HEADER = 40;
    private static final int UDP_HEADER = 8;
    private static final int MAX_IP_LENGTH = 0xffff;

    private static final int STANDARD_SIZE = standardFrom(0).size();

    private FrameCorpus() {
    }

    // ---- named builders -------------------------------------------------------------------

    /** 60-byte frame: a short IPv4/UDP packet plus 10 zero bytes of Ethernet padding. */
    public static byte[] minimum(int sequence) {
        return udp(MIN_FRAME, sequence, DST_MAC, false, DST_IP4, new int[0], TAG_LENGTH);
    }

    /** IPv4/UDP filling exactly {@code frameLength} bytes (60 up to 65,549). */
    public static byte[] ipv4Udp(int frameLength, int sequence) {
        return udp(frameLength, sequence, DST_MAC, false, DST_IP4, new int[0], -1);
    }

    /** IPv6/UDP filling exactly {@code frameLength} bytes (at least 70). */
    public static byte[] ipv6Udp(int frameLength, int sequence) {
        return udp(frameLength, sequence, DST_MAC, true, DST_IP6, new int[0], -1);
    }

    /** 802.1Q-tagged (TPID 0x8100, PCP 0) IPv4/UDP; {@code frameLength} includes the tag. */
    public static byte[] vlan(int frameLength, int sequence, int vid) {
        return udp(frameLength, sequence, DST_MAC, false, DST_IP4, new int[] {TPID_8021Q, vid}, -1);
    }

    /** 802.1ad QinQ: outer S-tag 0x88a8, inner C-tag 0x8100, then IPv4/UDP. */
    public static byte[] qinq(int frameLength, int sequence, int outerVid, int innerVid) {
        return udp(frameLength, sequence, DST_MAC, false, DST_IP4,
                new int[] {TPID_8021AD, outerVid, TPID_8021Q, innerVid}, -1);
    }

    /** IPv4/UDP to 255.255.255.255 and ff:ff:ff:ff:ff:ff. */
    public static byte[] broadcast(int frameLength, int sequence) {
        return udp(frameLength, sequence, BROADCAST_MAC, false, BROADCAST_IP4, new int[0], -1);
    }

    /** IPv4/UDP to group 239.1.2.3, i.e. 01:00:5e:01:02:03. */
    public static byte[] multicast(int frameLength, int sequence) {
        return udp(frameLength, sequence, MULTICAST_MAC, false, MULTICAST_IP4, new int[0], -1);
    }

    public static byte[] fullSize(int sequence) {
        return ipv4Udp(FULL_FRAME, sequence);
    }

    public static byte[] jumbo(int sequence) {
        return ipv4Udp(JUMBO_FRAME, sequence);
    }

    /**
     * 60-byte broadcast ARP request "who has 192.0.2.254, tell 192.0.2.1"; the 18-byte trailer
     * after the 28-byte ARP body carries the tag, as real padding is free to carry anything.
     */
    public static byte[] arpRequest(int sequence) {
        ByteBuffer b = ByteBuffer.wrap(new byte[MIN_FRAME]);
        b.put(BROADCAST_MAC).put(SRC_MAC).putShort((short) ETHERTYPE_ARP);
        b.putShort((short) 1);              // hardware type: Ethernet
        b.putShort((short) ETHERTYPE_IPV4); // protocol type
        b.put((byte) 6).put((byte) 4);      // address lengths
        b.putShort((short) 1);              // operation: request
        b.put(SRC_MAC).put(SRC_IP4);
        b.put(new byte[6]);                 // target MAC unknown
        b.put(new byte[] {(byte) 192, 0, 2, (byte) 254});
        putTagAndPattern(b, sequence, b.remaining());
        return b.array();
    }

    // ---- the corpus -----------------------------------------------------------------------

    /** The standard corpus: every kind above, small and jumbo, sequence numbers 0..n-1. */
    public static List<byte[]> standard() {
        return standard(1);
    }

    /** The standard corpus {@code repeat} times; sequence numbers keep counting so no two frames are equal. */
    public static List<byte[]> standard(int repeat) {
        if (repeat < 0) {
            throw new IllegalArgumentException("repeat " + repeat + " < 0");
        }
        List<byte[]> all = new ArrayList<>(STANDARD_SIZE * repeat);
        for (int r = 0; r < repeat; r++) {
            all.addAll(standardFrom(r * STANDARD_SIZE));
        }
        return Collections.unmodifiableList(all);
    }

    /** Number of frames in one round of {@link #standard()}. */
    public static int standardSize() {
        return STANDARD_SIZE;
    }

    private static List<byte[]> standardFrom(int firstSequence) {
        int s = firstSequence;
        List<byte[]> f = new ArrayList<>(24);
        f.add(minimum(s++));
        f.add(ipv4Udp(64, s++));
        for (int length : ODD_LENGTHS) {
            f.add(ipv4Udp(length, s++));
        }
        f.add(ipv4Udp(128, s++));
        f.add(fullSize(s++));
        f.add(vlan(64, s++, 100));
        f.add(vlan(FULL_FRAME + 4, s++, 4094));
        f.add(qinq(68, s++, 200, 100));
        f.add(qinq(FULL_FRAME + 8, s++, 4094, 1));
        f.add(arpRequest(s++));
        f.add(ipv6Udp(86, s++));
        f.add(ipv6Udp(FULL_FRAME, s++));
        f.add(broadcast(342, s++));
        f.add(multicast(100, s++));
        f.add(ipv4Udp(2000, s++)); // between standard and jumbo MTU
        f.add(jumbo(s++));
        f.add(vlan(JUMBO_FRAME, s++, 300));
        f.add(ipv6Udp(JUMBO_FRAME, s++));
        // A minimum frame straight after jumbos catches buffers reused without clearing.
        f.add(minimum(s++));
        f.add(ipv4Udp(61, s++));
        return f;
    }

    // ---- inspection -----------------------------------------------------------------------

    /**
     * Short description for assertion messages, e.g.
     * "64 B, 0x8100[vid 100] > 0x0800 IPv4/UDP, seq 7". Never throws, whatever the bytes.
     */
    public static String describe(byte[] frame) {
        if (frame == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder().append(frame.length).append(" B");
        if (frame.length < 14) {
            return sb.append(", runt").toString();
        }
        if (isBroadcast(frame)) {
            sb.append(", broadcast");
        } else if ((frame[0] & 1) != 0) {
            sb.append(", multicast");
        }
        sb.append(", ");
        int off = 12;
        int type = u16(frame, off);
        while (isVlanTpid(type) && off + 6 <= frame.length) {
            sb.append("0x%04x[vid %d] > ".formatted(type, u16(frame, off + 2) & 0x0fff));
            off += 4;
            type = u16(frame, off);
        }
        sb.append("0x%04x".formatted(type));
        int l3 = off + 2;
        switch (type) {
            case ETHERTYPE_IPV4 -> sb.append(" IPv4")
                    .append(l3 + 10 <= frame.length && frame[l3 + 9] == IP_PROTO_UDP ? "/UDP" : "");
            case ETHERTYPE_IPV6 -> sb.append(" IPv6")
                    .append(l3 + 7 <= frame.length && frame[l3 + 6] == IP_PROTO_UDP ? "/UDP" : "");
            case ETHERTYPE_ARP -> sb.append(" ARP");
            default -> { }
        }
        int seq = sequence(frame);
        if (seq >= 0) {
            sb.append(", seq ").append(seq);
        }
        return sb.toString();
    }

    /** The sequence number in a corpus frame's tag, or -1 if the frame has no recognisable tag. */
    public static int sequence(byte[] frame) {
        int at = tagOffset(frame);
        if (at < 0 || at + TAG_LENGTH > frame.length) {
            return -1;
        }
        ByteBuffer b = ByteBuffer.wrap(frame);
        return b.getInt(at) == TAG_MAGIC ? b.getInt(at + 4) & Integer.MAX_VALUE : -1;
    }

    private static int tagOffset(byte[] frame) {
        if (frame == null || frame.length < 14) {
            return -1;
        }
        int off = 12;
        int type = u16(frame, off);
        while (isVlanTpid(type) && off + 6 <= frame.length) {
            off += 4;
            type = u16(frame, off);
        }
        int l3 = off + 2;
        return switch (type) {
            case ETHERTYPE_IPV4 -> l3 < frame.length ? l3 + (frame[l3] & 0x0f) * 4 + UDP_HEADER : -1;
            case ETHERTYPE_IPV6 -> l3 + IPV6_HEADER + UDP_HEADER;
            case ETHERTYPE_ARP -> l3 + 28;
            default -> -1;
        };
    }

    // ---- building -------------------------------------------------------------------------

    /**
     * Builds dst MAC, src MAC, VLAN tags (pairs of TPID, VID), IP and UDP headers with correct
     * checksums, then the tagged payload. {@code payloadLength} -1 fills the frame exactly;
     * otherwise the rest of the frame is zero Ethernet padding.
     */
    private static byte[] udp(int frameLength, int sequence, byte[] dstMac, boolean ipv6, byte[] dstIp,
            int[] tags, int payloadLength) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence + " < 0");
        }
        int l2 = 14 + tags.length / 2 * 4;
        int l3Header = ipv6 ? IPV6_HEADER : IPV4_HEADER;
        int payload = payloadLength >= 0 ? payloadLength : frameLength - l2 - l3Header - UDP_HEADER;
        int minimum = Math.max(MIN_FRAME, l2 + l3Header + UDP_HEADER + TAG_LENGTH);
        int ipLength = (ipv6 ? 0 : IPV4_HEADER) + UDP_HEADER + payload; // IPv6 counts payload only
        if (frameLength < minimum || payload < TAG_LENGTH || ipLength > MAX_IP_LENGTH
                || l2 + l3Header + UDP_HEADER + payload > frameLength) {
            throw new IllegalArgumentException("cannot build a %d-byte %s/UDP frame with %d VLAN tags"
                    .formatted(frameLength, ipv6 ? "IPv6" : "IPv4", tags.length / 2));
        }
        ByteBuffer b = ByteBuffer.wrap(new byte[frameLength]);
        b.put(dstMac).put(SRC_MAC);
        for (int i = 0; i < tags.length; i += 2) {
            if (tags[i + 1] < 0 || tags[i + 1] > 4095) {
                throw new IllegalArgumentException("VLAN id " + tags[i + 1] + " not in 0..4095");
            }
            b.putShort((short) tags[i]).putShort((short) tags[i + 1]); // PCP 0, DEI 0
        }
        b.putShort((short) (ipv6 ? ETHERTYPE_IPV6 : ETHERTYPE_IPV4));
        int l3 = b.position();
        byte[] srcIp;
        if (ipv6) {
            srcIp = SRC_IP6;
            b.putInt(0x6000_0000); // version 6, traffic class 0, flow label 0
            b.putShort((short) ipLength);
            b.put((byte) IP_PROTO_UDP).put((byte) 64);
            b.put(srcIp).put(dstIp);
        } else {
            srcIp = SRC_IP4;
            b.put((byte) 0x45).put((byte) 0); // version 4, IHL 5; DSCP/ECN 0
            b.putShort((short) ipLength);
            b.putShort((short) sequence);     // identification: low bits of the sequence
            b.putShort((short) 0x4000);       // don't fragment
            b.put((byte) 64).put((byte) IP_PROTO_UDP);
            b.putShort((short) 0);            // checksum, filled below
            b.put(srcIp).put(dstIp);
            b.putShort(l3 + 10, (short) ~onesComplementSum(b.array(), l3, IPV4_HEADER, 0));
        }
        int udp = b.position();
        int udpLength = UDP_HEADER + payload;
        b.putShort((short) SRC_PORT).putShort((short) DST_PORT);
        b.putShort((short) udpLength).putShort((short) 0);
        putTagAndPattern(b, sequence, payload);
        // Pseudo-header: addresses, protocol and UDP length (IPv4 and IPv6 sum to the same).
        int pseudo = onesComplementSum(srcIp, 0, srcIp.length, 0);
        pseudo = onesComplementSum(dstIp, 0, dstIp.length, pseudo);
        pseudo = fold(pseudo + IP_PROTO_UDP + udpLength);
        int checksum = ~onesComplementSum(b.array(), udp, udpLength, pseudo) & 0xffff;
        b.putShort(udp + 6, (short) (checksum == 0 ? 0xffff : checksum)); // 0 means "no checksum"
        return b.array();
    }

    private static void putTagAndPattern(ByteBuffer b, int sequence, int length) {
        b.putInt(TAG_MAGIC).putInt(sequence);
        for (int i = 0; i < length - TAG_LENGTH; i++) {
            b.put((byte) (sequence + i));
        }
    }

    /** Folded 16-bit one's complement sum of big-endian words, continuing from {@code initial}. */
    static int onesComplementSum(byte[] data, int offset, int length, int initial) {
        long sum = initial;
        int i = offset;
        for (int end = offset + (length & ~1); i < end; i += 2) {
            sum += ((data[i] & 0xff) << 8) | (data[i + 1] & 0xff);
        }
        if ((length & 1) != 0) {
            sum += (data[i] & 0xff) << 8; // odd length: pad with a zero byte
        }
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return (int) sum;
    }

    private static int fold(int sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xffff) + (sum >>> 16);
        }
        return sum;
    }

    private static byte[] ip6(int last) {
        byte[] a = new byte[16];
        a[0] = 0x20;
        a[1] = 0x01;
        a[2] = 0x0d;
        a[3] = (byte) 0xb8;
        a[15] = (byte) last;
        return a;
    }

    private static boolean isBroadcast(byte[] frame) {
        for (int i = 0; i < 6; i++) {
            if (frame[i] != (byte) 0xff) {
                return false;
            }
        }
        return true;
    }

    private static boolean isVlanTpid(int type) {
        return type == TPID_8021Q || type == TPID_8021AD;
    }

    private static int u16(byte[] a, int off) {
        return off + 2 <= a.length ? ((a[off] & 0xff) << 8) | (a[off + 1] & 0xff) : -1;
    }
}
