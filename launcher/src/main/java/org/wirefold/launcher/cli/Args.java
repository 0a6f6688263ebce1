package org.wirefold.launcher.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parsed command-line arguments: {@code --name value}, {@code --name=value}, boolean {@code --flag}s declared by the
 * command, and positional arguments. Unknown options are a usage error.
 */
public final class Args {
    private final Map<String, String> options;
    private final List<String> positional;

    private Args(Map<String, String> options, List<String> positional) {
        this.options = options;
        this.positional = positional;
    }

    /**
     * @param argv     arguments after the subcommand word
     * @param valued   option names (without dashes) that take a value
     * @param booleans option names that take none
     */
    public static Args parse(List<String> argv, Set<String> valued, Set<String> booleans) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> positional = new ArrayList<>();
        for (int i = 0; i < argv.size(); i++) {
            String a = argv.get(i);
            if (a.equals("--")) {
                positional.addAll(argv.subList(i + 1, argv.size()));
                break;
            }
            if (!a.startsWith("--") || a.equals("-")) {
                if (a.equals("-h")) {
                    options.put("help", "true");
                } else {
                    positional.add(a);
                }
                continue;
            }
            String name = a.substring(2);
            String value = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                value = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("help") || booleans.contains(name)) {
                if (value != null) {
                    throw new UsageException("Option --" + name + " takes no value");
                }
                options.put(name, "true");
            } else if (valued.contains(name)) {
                if (value == null) {
                    if (i + 1 >= argv.size()) {
                        throw new UsageException("Option --" + name + " needs a value");
                    }
                    value = argv.get(++i);
                }
                if (name.equals("set")) {
                    String prev = options.get(name);
                    value = prev == null ? value : prev + "\n" + value;
                }
                options.put(name, value);
            } else {
                throw new UsageException("Unknown option --" + name + " (see --help)");
            }
        }
        return new Args(options, positional);
    }

    public boolean has(String name) {
        return options.containsKey(name);
    }

    public String get(String name) {
        return options.get(name);
    }

    public String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    public int getInt(String name, int fallback) {
        String v = options.get(name);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new UsageException("Option --" + name + " needs a whole number, got '" + v + "'");
        }
    }

    public boolean help() {
        return options.containsKey("help");
    }

    public List<String> positional() {
        return positional;
    }

    /** Repeated {@code --set key=value} options as a map. */
    public Map<String, String> settings() {
        Map<String, String> out = new LinkedHashMap<>();
        String all = options.get("set");
        if (all == null) {
            return out;
        }
        for (String kv : all.split("\n")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--set needs key=value, got '" + kv + "'");
            }
            out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        return out;
    }
}
