package dev.pmdfwd.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns summary.json into a {@link RunSummary}. Keys the page needs are required, with a message that
 * names the file and the key's path when one is missing or of the wrong type; unknown keys are ignored
 * so that later forwarders can add to the file.
 */
final class SummaryReader {
    private final String file;

    private SummaryReader(String file) {
        this.file = file;
    }

    static RunSummary read(Path path) throws ReportReadException {
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ReportReadException(path + ": no such file");
        } catch (IOException e) {
            throw new ReportReadException(path + ": cannot read: " + e.getMessage(), e);
        }
        return parse(text, path.toString());
    }

    /** Parses the text of a summary.json; {@code file} is only for messages. */
    static RunSummary parse(String text, String file) throws ReportReadException {
        Object root;
        try {
            root = JsonReader.parse(text);
        } catch (ParseException e) {
            throw new ReportReadException(file + ": invalid JSON: " + e.getMessage(), e);
        }
        SummaryReader reader = new SummaryReader(file);
        return reader.run(reader.object(root, "the document"));
    }

    private RunSummary run(Node root) throws ReportReadException {
        List<PortSummary> ports = new ArrayList<>();
        for (Node p : root.objects("ports")) {
            ports.add(port(p));
        }
        List<StreamSummary> streams = new ArrayList<>();
        for (Node s : root.objects("streams")) {
            streams.add(stream(s));
        }
        Node conservation = root.object("conservation");
        Map<String, Object> config = new LinkedHashMap<>();
        Node configNode = root.object("config");
        for (String key : configNode.map.keySet()) {
            config.put(key, configNode.scalar(key));
        }
        return new RunSummary(root.number("elapsed_seconds"), root.text("stop_reason"), root.strings("eal_args"),
                config, ports, streams, conservation.bool("holds"), conservation.strings("violations"),
                root.count("mbufs"), root.count("mbufs_in_use_at_end"),
                root.has("warnings") ? root.strings("warnings") : List.of());
    }

    private PortSummary port(Node p) throws ReportReadException {
        Node dropped = p.object("dropped_packets");
        Node stats = p.object("port_stats");
        return new PortSummary(p.index("port"), p.text("name"), p.text("driver"), p.count("rx_packets"),
                p.count("tx_packets"), dropped.count("total"), dropped.object("reasons").counts(),
                stats.count("imissed"), stats.count("ierrors"), stats.count("oerrors"), stats.count("rx_nombuf"));
    }

    private StreamSummary stream(Node s) throws ReportReadException {
        // A stream's dropped_packets is the reasons map itself; accept the ports' {total, reasons} shape too.
        Node dropped = s.object("dropped_packets");
        Map<String, Long> reasons = dropped.has("reasons") ? dropped.object("reasons").counts() : dropped.counts();
        Map<HistogramKind, StreamSummary.HistogramFile> histograms = new EnumMap<>(HistogramKind.class);
        if (s.has("histograms")) {
            Node all = s.object("histograms");
            for (String key : all.map.keySet()) {
                HistogramKind kind = HistogramKind.byKey(key);
                if (kind != null) {
                    Node h = all.object(key);
                    histograms.put(kind, new StreamSummary.HistogramFile(h.fileName("file"), h.text("unit"),
                            h.count("count"), h.stats()));
                }
            }
        }
        return new StreamSummary(s.index("stream"), s.index("rx_port"), s.index("rx_queue"), s.index("tx_port"),
                s.index("tx_queue"), s.count("rx_packets"), s.count("tx_packets"), reasons, s.count("tx_shortfalls"),
                s.count("tx_retries"), histograms);
    }

    private Node object(Object value, String path) throws ReportReadException {
        if (!(value instanceof Map<?, ?> map)) {
            throw new ReportReadException(file + ": " + path + ": expected an object, found " + describe(value));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> typed = (Map<String, Object>) map;
        return new Node(typed, path);
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case Map<?, ?> m -> "an object";
            case List<?> l -> "an array";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            default -> "the number " + value;
        };
    }

    /** A JSON object and its path from the root, for messages such as {@code streams[1].tx_retries}. */
    private final class Node {
        final Map<String, Object> map;
        final String path;

        Node(Map<String, Object> map, String path) {
            this.map = map;
            this.path = path;
        }

        boolean has(String key) {
            return map.containsKey(key);
        }

        private String at(String key) {
            return path.equals("the document") ? key : path + "." + key;
        }

        private Object get(String key) throws ReportReadException {
            if (!map.containsKey(key)) {
                throw new ReportReadException(file + ": " + (path.equals("the document") ? "" : path + ": ")
                        + "missing \"" + key + "\"");
            }
            return map.get(key);
        }

        private ReportReadException wrong(String key, String expected, Object found) {
            return new ReportReadException(file + ": " + at(key) + ": expected " + expected + ", found " + describe(found));
        }

        Node object(String key) throws ReportReadException {
            return SummaryReader.this.object(get(key), at(key));
        }

        List<Node> objects(String key) throws ReportReadException {
            Object value = get(key);
            if (!(value instanceof List<?> list)) {
                throw wrong(key, "an array of objects", value);
            }
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                nodes.add(SummaryReader.this.object(list.get(i), at(key) + "[" + i + "]"));
            }
            return nodes;
        }

        List<String> strings(String key) throws ReportReadException {
            Object value = get(key);
            if (!(value instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
                throw wrong(key, "an array of strings", value);
            }
            return list.stream().map(String.class::cast).toList();
        }

        String text(String key) throws ReportReadException {
            Object value = get(key);
            if (!(value instanceof String s)) {
                throw wrong(key, "a string", value);
            }
            return s;
        }

        /** A plain file name, so that a summary cannot point the reader outside its directory. */
        String fileName(String key) throws ReportReadException {
            String name = text(key);
            if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.equals(".") || name.equals("..")) {
                throw new ReportReadException(file + ": " + at(key) + ": \"" + name + "\" is not a file name in the directory");
            }
            return name;
        }

        boolean bool(String key) throws ReportReadException {
            Object value = get(key);
            if (!(value instanceof Boolean b)) {
                throw wrong(key, "true or false", value);
            }
            return b;
        }

        double number(String key) throws ReportReadException {
            Object value = get(key);
            if (!(value instanceof Number n)) {
                throw wrong(key, "a number", value);
            }
            return n.doubleValue();
        }

        long count(String key) throws ReportReadException {
            Object value = get(key);
            if (!(value instanceof Long n) || n < 0) {
                throw wrong(key, "a count (an integer >= 0)", value);
            }
            return n;
        }

        int index(String key) throws ReportReadException {
            long n = count(key);
            if (n > Integer.MAX_VALUE) {
                throw wrong(key, "a port, queue or stream number", n);
            }
            return (int) n;
        }

        /** Every member as a count: a map of reasons. */
        Map<String, Long> counts() throws ReportReadException {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String key : map.keySet()) {
                counts.put(key, count(key));
            }
            return counts;
        }

        /** The numeric members other than {@code count}: the statistics a histogram entry carries. */
        Map<String, Double> stats() {
            Map<String, Double> stats = new LinkedHashMap<>();
            map.forEach((key, value) -> {
                if (value instanceof Number n && !key.equals("count")) {
                    stats.put(key, n.doubleValue());
                }
            });
            return stats;
        }

        Object scalar(String key) throws ReportReadException {
            Object value = get(key);
            if (value instanceof Map<?, ?> || value instanceof List<?>) {
                throw wrong(key, "a plain value", value);
            }
            return value;
        }
    }
}
