package org.wirefold.launcher;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirefold.common.config.ConfigException;
import org.wirefold.launcher.cli.Args;
import org.wirefold.launcher.cli.Command;
import org.wirefold.launcher.cli.Commands;
import org.wirefold.launcher.cli.UsageException;

/** The {@code wirefold} command: dispatches to a subcommand and turns failures into clear messages and exit codes. */
public final class Wirefold {
    private Wirefold() {
    }

    public static void main(String[] argv) {
        System.exit(run(Arrays.asList(argv), System.out, System.err));
    }

    /** Runs one command line; returns the exit code (0 ok, 1 failure, 2 usage error). */
    public static int run(List<String> argv, PrintStream out, PrintStream err) {
        Map<String, Command> commands = new LinkedHashMap<>();
        for (Command c : Commands.all()) {
            commands.put(c.name(), c);
        }
        if (argv.isEmpty() || argv.get(0).equals("--help") || argv.get(0).equals("-h") || argv.get(0).equals("help")) {
            if (argv.size() > 1 && commands.containsKey(argv.get(1))) {
                out.print(commands.get(argv.get(1)).help());
                return 0;
            }
            out.print(usage(commands));
            return argv.isEmpty() ? 2 : 0;
        }
        Command command = commands.get(argv.get(0));
        if (command == null) {
            err.println("wirefold: unknown command '" + argv.get(0) + "'\n");
            err.print(usage(commands));
            return 2;
        }
        try {
            Args args = Args.parse(argv.subList(1, argv.size()), command.valuedOptions(), command.flagOptions());
            if (args.help()) {
                out.print(command.help());
                return 0;
            }
            return command.run(args, out, err);
        } catch (UsageException e) {
            err.println("wirefold " + command.name() + ": " + e.getMessage());
            return 2;
        } catch (ConfigException e) {
            err.println("wirefold " + command.name() + ": configuration error: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            err.println("wirefold " + command.name() + ": " + e);
            e.printStackTrace(err);
            return 1;
        }
    }

    static String usage(Map<String, Command> commands) {
        StringBuilder sb = new StringBuilder("""
                Usage: wirefold COMMAND [options]      (wirefold COMMAND --help for its options)

                Wirefold turns a live news feed into one consolidated, evolving record per story.

                Commands:
                """);
        commands.values().forEach(c -> sb.append(String.format("  %-10s %s%n", c.name(), c.summary())));
        return sb.toString();
    }
}
