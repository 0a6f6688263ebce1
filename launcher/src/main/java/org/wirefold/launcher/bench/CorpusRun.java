package org.wirefold.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.wirefold.common.model.Article;
import org.wirefold.common.serde.Json;
import org.wirefold.processor.facts.AgedNames;
import org.wirefold.processor.facts.PeopleExtractor;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;
import org.wirefold.processor.story.ClusterConfig;
import org.wirefold.processor.story.MemoryState;
import org.wirefold.processor.story.StoryClusterer;
import org.wirefold.processor.text.Boilerplate;
import org.wirefold.processor.text.TextNormalizer;

/**
 * Feeds articles through the clustering decision ({@link StoryClusterer} over {@link MemoryState}) the way the
 * topology does (boilerplate strip, content hash, person names, exact de-duplication, then clustering) and collects per-article
 * outcomes: final story (merges applied) and duplicate-of. Used by tuning runs and the benchmark.
 */
public final class CorpusRun {
    /** Time given to articles without a publication time, like ingest time (fixed, so runs repeat). */
    public static final Instant INGEST_TIME = Instant.parse("2025-12-20T00:00:00Z");

    private final Boilerplate boilerplate = new Boilerplate();
    private final PeopleExtractor people = new PeopleExtractor();
    private final StoryClusterer clusterer;
    private final MemoryState state;
    private final Map<String, String> firstByHash = new HashMap<>();
    private final Map<String, String> storyOf = new LinkedHashMap<>();
    private final Map<String, String> duplicateOf = new LinkedHashMap<>();
    private final Map<String, String> mergedInto = new HashMap<>();
    private final List<String> order = new ArrayList<>();

    public CorpusRun(ClusterConfig config) {
        this(config, new MemoryState());
    }

    /** A run over existing state (rebuilt first), e.g. to continue after a simulated restart. */
    public CorpusRun(ClusterConfig config, MemoryState state) {
        this.state = state;
        this.clusterer = new StoryClusterer(config, state);
        clusterer.rebuild();
    }

    public MemoryState state() {
        return state;
    }

    /** Processes one article; returns the events the stage would forward (none for an empty article, which validation rejects). */
    public List<StoryEvent> accept(Article article) {
        if (article.text().isEmpty()) {
            return List.of(); // validation rejects it upstream
        }
        if (article.published() == null) { // as ingest does: the ingest time stands in, equal to "ingested"
            Instant now = INGEST_TIME.plusMillis(order.size());
            article = new Article(article.id(), article.source(), article.url(), now, article.title(), article.body(), now);
        }
        CleanArticle clean = clean(article);
        long ts = article.published().toEpochMilli();
        List<StoryEvent> events = clusterer.process(clean, ts);
        order.add(article.id());
        for (StoryEvent e : events) {
            if (e.kind() == StoryEvent.Kind.MERGE) {
                mergedInto.put(e.story(), e.mergeInto());
            } else if (e.kind() == StoryEvent.Kind.SPLIT) {
                // the moved articles and their copies go to the new story, as the aggregator moves them
                java.util.Set<String> moved = new java.util.HashSet<>(e.moved());
                duplicateOf.forEach((copy, first) -> {
                    if (moved.contains(first)) {
                        storyOf.put(copy, e.mergeInto());
                    }
                });
                e.moved().forEach(id -> storyOf.put(id, e.mergeInto()));
            } else {
                storyOf.put(article.id(), e.story());
                if (e.duplicateOf() != null) {
                    duplicateOf.put(article.id(), e.duplicateOf());
                }
            }
        }
        return events;
    }

    /** The cleaned article as the upstream steps build it. */
    public CleanArticle clean(Article article) {
        String text = boilerplate.strip(article.text());
        String hash = sha256(TextNormalizer.normalize(text));
        String first = firstByHash.putIfAbsent(hash, article.id());
        return new CleanArticle(article, text, hash, List.of(), people.mentions(text), AgedNames.read(text), first);
    }

    /** Final story of every article processed, merges followed. */
    public Map<String, String> finalStories() {
        Map<String, String> out = new LinkedHashMap<>();
        storyOf.forEach((id, s) -> {
            String r = s;
            for (int i = 0; i < 1000 && mergedInto.containsKey(r); i++) {
                r = mergedInto.get(r);
            }
            out.put(id, r);
        });
        return out;
    }

    public Map<String, String> duplicateOf() {
        return duplicateOf;
    }

    public List<String> order() {
        return order;
    }

    public StoryClusterer clusterer() {
        return clusterer;
    }

    /** Reads a feed file (JSON Lines in the ingest format). */
    public static List<Article> readFeed(Path file) throws IOException {
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = Json.MAPPER.readTree(line);
                String published = text(n, "published");
                out.add(new Article(text(n, "id"), text(n, "source"), text(n, "url"),
                        published == null ? null : Instant.parse(published), text(n, "title"), text(n, "body"), null));
            }
        }
        return out;
    }

    /** Reads a folder of plain-text articles: headline on the first non-empty line; id from the file name. */
    public static List<Article> readTextFolder(Path dir) throws IOException {
        List<Article> out = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                String all = Files.readString(f, StandardCharsets.UTF_8).strip();
                int nl = all.indexOf('\n');
                String title = nl < 0 ? all : all.substring(0, nl).strip();
                String body = nl < 0 ? "" : all.substring(nl + 1).strip();
                String name = f.getFileName().toString();
                out.add(new Article("seed-" + name.substring(0, name.length() - 4), null, null, null, title, body, null));
            }
        }
        return out;
    }

    /** Reads {@code {"id", "story"}} lines into id → story. */
    public static Map<String, String> readGold(Path file) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = Json.MAPPER.readTree(line);
                out.put(n.get("id").asText(), n.get("story").asText());
            }
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
