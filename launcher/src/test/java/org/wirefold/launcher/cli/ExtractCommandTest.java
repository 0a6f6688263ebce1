package org.wirefold.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirefold.common.serde.Json;

class ExtractCommandTest {
    private static final String INPUT = """
            {"id": "s1", "text": "The ferry carried more than 300 passengers and 40 cars."}
            not json at all
            {"id": "s2"}
            {"id": "s3", "text": "Prices range from $5 to $9 per ticket."}
            """;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String stdin, String... argv) throws Exception {
        ExtractCommand command = new ExtractCommand(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        Args args = Args.parse(List.of(argv), command.valuedOptions(), Set.of());
        return command.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void shouldWriteOneLinePerGoodLineAndReportBadOnesWithLineNumbers() throws Exception {
        int code = run(INPUT);
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = Json.MAPPER.readTree(lines[0]);
        assertEquals("s1", first.get("id").asText());
        assertEquals(2, first.get("quantities").size());
        JsonNode q = first.get("quantities").get(0);
        assertEquals(300, q.get("value").asDouble());
        assertEquals(">", q.get("change").asText());
        assertEquals("passengers", q.get("unit").asText());
        assertEquals("300 passengers", q.get("span").asText());
        JsonNode range = Json.MAPPER.readTree(lines[1]).get("quantities").get(0);
        assertEquals("5-9", range.get("value").asText());
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.contains(":2:"), errors);
        assertTrue(errors.contains(":3:"), errors);
        assertEquals(1, code);
    }

    @Test
    void shouldWriteToOutFileFromInputFile(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, "{\"id\":\"x\",\"text\":\"Nine boats sank.\"}\n");
        Path target = dir.resolve("out.jsonl");
        assertEquals(0, run("", in.toString(), "--out", target.toString()));
        JsonNode line = Json.MAPPER.readTree(Files.readAllLines(target).get(0));
        assertEquals(9, line.get("quantities").get(0).get("value").asDouble());
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void shouldExplainItselfOnHelp() throws Exception {
        assertEquals(0, run("", "--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("Usage: wirefold extract"));
    }
}
