package org.wirefold.launcher.cli;

/** The command line is wrong; the message says how. Exit code 2. */
public class UsageException extends RuntimeException {
    public UsageException(String message) {
        super(message);
    }
}
