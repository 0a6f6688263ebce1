package org.wirefold.launcher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Set;
import org.wirefold.common.serde.Json;
import org.wirefold.processor.facts.Quantity;
import org.wirefold.processor.facts.QuantityExtractor;

/**
 * {@code wirefold extract}: quantities of sentences, JSON Lines in and out. A malformed line is reported on stderr
 * with its line number and skipped; the run goes on.
 */
public final class ExtractCommand implements Command {
    private final InputStream stdin;

    public ExtractCommand() {
        this(System.in);
    }

    /** @param stdin read when no input file (or "-") is given */
    public ExtractCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public String name() {
        return "extract";
    }

    @Override
    public String summary() {
        return "read the quantities (value, change, unit) of sentences given as JSON Lines";
    }

    @Override
    public String help() {
        return """
                Usage: wirefold extract [INPUT|-] [--out FILE]

                Reads JSON Lines {"id", "text"} from INPUT (a file; "-" or none: standard input) and writes one
                line per input line to FILE (default: standard output):
                  {"id", "quantities": [{"value", "change", "unit", "concept", "span"}]}
                  value    the number; a range is written as a string "low-high" (e.g. "19-20"), and vague
                           amounts as their range ("hundreds" = "100-1000")
                  change   = exact, ~ approximate, > more than, < less than, up / down a change ("rose 5%")
                  unit     unit or counted noun as written ("%", "$", "miles", "political prisoners"), "" if none
                  concept  what the quantity is said of, when known ("" otherwise)
                  span     the text the quantity was read from
                Years, dates, times, ordinals, phone numbers, addresses and numbers in names are not quantities.
                A line that is not a JSON object with a string "text" is reported on stderr with its line number
                and skipped; the run continues. Exit code 0 when every line was read, 1 if some were skipped.

                Options:
                  --out FILE   write here instead of standard output
                """;
    }

    @Override
    public Set<String> valuedOptions() {
        return Set.of("out");
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.help()) {
            out.print(help());
            return 0;
        }
        if (args.positional().size() > 1) {
            throw new UsageException("extract takes at most one input file (see --help)");
        }
        String in = args.positional().isEmpty() ? "-" : args.positional().get(0);
        QuantityExtractor extractor = new QuantityExtractor();
        int bad = 0;
        try (BufferedReader reader = open(in);
             Writer writer = args.has("out")
                     ? Files.newBufferedWriter(Path.of(args.get("out")), StandardCharsets.UTF_8)
                     : new BufferedWriter(new OutputStreamWriter(unclosable(out), StandardCharsets.UTF_8))) {
            String line;
            long n = 0;
            while ((line = reader.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.MAPPER.readTree(line);
                } catch (IOException e) {
                    err.println(in + ":" + n + ": skipped, not a JSON line: " + firstLine(e.getMessage()));
                    bad++;
                    continue;
                }
                if (node == null || !node.isObject() || !node.path("text").isTextual()) {
                    err.println(in + ":" + n + ": skipped, expected an object with a string \"text\"");
                    bad++;
                    continue;
                }
                writer.write(Json.write(result(node.path("id"), node.get("text").asText(), extractor)));
                writer.write('\n');
            }
            writer.flush();
        } catch (NoSuchFileException e) {
            err.println("No such input file: " + in);
            return 1;
        }
        return bad == 0 ? 0 : 1;
    }

    /** The output object of one sentence. */
    static ObjectNode result(JsonNode id, String text, QuantityExtractor extractor) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.set("id", id.isMissingNode() ? Json.MAPPER.nullNode() : id);
        ArrayNode qs = o.putArray("quantities");
        for (Quantity q : extractor.extract(text)) {
            ObjectNode x = qs.addObject();
            if (q.upper() == null) {
                x.put("value", q.value());
            } else {
                x.put("value", q.valueText());
            }
            x.put("change", q.change());
            x.put("unit", q.unit());
            x.put("concept", q.concept());
            x.put("span", q.span());
        }
        return o;
    }

    private BufferedReader open(String in) throws IOException {
        InputStream s = in.equals("-") ? stdin : Files.newInputStream(Path.of(in));
        return new BufferedReader(new InputStreamReader(s, StandardCharsets.UTF_8));
    }

    private static java.io.OutputStream unclosable(PrintStream target) {
        return new java.io.FilterOutputStream(target) {
            @Override
            public void write(byte[] b, int off, int len) {
                target.write(b, off, len);
            }

            @Override
            public void close() {
                target.flush();
            }
        };
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
