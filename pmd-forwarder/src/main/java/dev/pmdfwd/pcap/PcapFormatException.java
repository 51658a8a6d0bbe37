package dev.pmdfwd.pcap;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A file that is not a readable classic pcap of Ethernet frames. Extends IOException so that
 * callers already handling I/O failures need no extra clause; the message is one line,
 * "file: what is wrong".
 */
public final class PcapFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String detail;

    public PcapFormatException(Path file, String detail) {
        super(file + ": " + detail);
        this.file = file;
        this.detail = detail;
    }

    public Path file() {
        return file;
    }

    /** The message without the file name, for tests and callers that name the file themselves. */
    public String detail() {
        return detail;
    }
}
