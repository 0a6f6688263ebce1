package org.wirefold.launcher.cli;

import java.io.PrintStream;
import java.util.Set;

/** One {@code wirefold} subcommand. */
public interface Command {

    /** Subcommand word, e.g. {@code run}. */
    String name();

    /** One line for the command list. */
    String summary();

    /** Full {@code --help} text: usage, what it does, every option with its default. */
    String help();

    /** Options (without dashes) that take a value, e.g. {@code out} for {@code --out FILE}. */
    default Set<String> valuedOptions() {
        return Set.of();
    }

    /** Options that take no value, e.g. {@code keep-running}. {@code --help} is always known. */
    default Set<String> flagOptions() {
        return Set.of();
    }

    /**
     * Runs the command.
     *
     * @return process exit code: 0 success, 1 failure, 2 usage error
     */
    int run(Args args, PrintStream out, PrintStream err) throws Exception;
}
