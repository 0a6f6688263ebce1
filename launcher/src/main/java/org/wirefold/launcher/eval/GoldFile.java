package org.wirefold.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirefold.common.serde.Json;

/** Reads JSON Lines label files: one object per line, keyed by {@code id} (or pairs {@code a}, {@code b}). */
public final class GoldFile {
    private GoldFile() {
    }

    /** Every line as a tree, by its {@code id}, in file order. */
    public static Map<String, JsonNode> byId(Path file) throws IOException {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode node : lines(file)) {
            if (node.hasNonNull("id")) {
                out.put(node.get("id").asText(), node);
            }
        }
        return out;
    }

    /** {@code id → story} of the lines that have a story label. */
    public static Map<String, String> stories(Map<String, JsonNode> gold) {
        Map<String, String> out = new LinkedHashMap<>();
        gold.forEach((id, node) -> {
            if (node.hasNonNull("story")) {
                out.put(id, node.get("story").asText());
            }
        });
        return out;
    }

    public static List<NearDuplicateScores.Pair> pairs(Path file) throws IOException {
        List<NearDuplicateScores.Pair> out = new ArrayList<>();
        for (JsonNode n : lines(file)) {
            out.add(new NearDuplicateScores.Pair(n.get("a").asText(), n.get("b").asText(), n.get("jaccard").asDouble()));
        }
        return out;
    }

    /** The ids of a JSON Lines feed in file order (lines without id are skipped). */
    public static List<String> feedOrder(Path feed) throws IOException {
        return new ArrayList<>(byId(feed).keySet());
    }

    static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    out.add(Json.MAPPER.readTree(line));
                } catch (IOException e) {
                    throw new IOException(file + ":" + n + ": not a JSON line: " + e.getMessage(), e);
                }
            }
        }
        return out;
    }
}
