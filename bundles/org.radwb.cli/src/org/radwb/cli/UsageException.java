package org.radwb.cli;

/**
 * Wrong command-line arguments; the message says what is wrong and what was expected.
 *
 * @since 0.1.0
 */
public class UsageException extends Exception {

    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }
}
