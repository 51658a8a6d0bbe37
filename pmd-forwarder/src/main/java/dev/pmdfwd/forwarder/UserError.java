package dev.pmdfwd.forwarder;

/** A mistake on the command line: printed as one line, exit status 2, never a stack trace. */
final class UserError extends Exception {
    private static final long serialVersionUID = 1L;

    UserError(String message) {
        super(message);
    }
}
