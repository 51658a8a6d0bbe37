package dev.pmdfwd.forwarder;

/** The process exit codes, as --help lists them. */
final class ExitCode {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int CONSERVATION = 3;

    private ExitCode() {
    }
}
