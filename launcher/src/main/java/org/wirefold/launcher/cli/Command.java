package org.wirefold.launcher.cli;

import java.io.PrintStream;

/** One {@code wirefold} subcommand. */
public interface Command {

    /** Subcommand word, e.g. {@code run}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full {@code --help} text: usage, what it does, every option with its default. */
    String help();

    /**
     * Runs the command.
     *
     * @return process exit code: 0 success, 1 failure, 2 usage error
     */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
