package org.wirefold.launcher.cli;

import java.util.List;
import org.wirefold.launcher.bench.ClusteringBench;

/** Every {@code wirefold} subcommand, in the order {@code --help} lists them. */
public final class Commands {
    private Commands() {
    }

    public static List<Command> all() {
        return List.of(new RunCommand(), new ReplayCommand(), new EvaluateCommand(), new ExtractCommand(),
                new IngestCommand(), ServiceCommand.processor(), ServiceCommand.sink(), new ClusteringBench());
    }
}
