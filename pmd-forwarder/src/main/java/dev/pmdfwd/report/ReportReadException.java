package dev.pmdfwd.report;

import java.io.IOException;

/**
 * A report directory, or one of its files, is missing or malformed. The message is one line that
 * names the file (and where in it, when known), fit to print as is. It is an {@link IOException} so
 * that writing a report after a run can fail the same way as any other file error.
 */
public final class ReportReadException extends IOException {
    private static final long serialVersionUID = 1L;

    public ReportReadException(String message) {
        super(message);
    }

    public ReportReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
