package org.wirefold.launcher.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.model.Article;
import org.wirefold.common.serde.Json;
import org.wirefold.launcher.eval.NearDuplicateScores;
import org.wirefold.launcher.eval.StoryScores;
import org.wirefold.processor.story.ClusterConfig;

/**
 * Offline quality table of story identity on the development corpora (fresh clustering state per feed, articles in
 * feed order): B-cubed scores per labelled corpus; on Reuters near-duplicate recall and false-claim rate, the
 * largest stories and {@link TickerPrecision} (a topic-drift proxy); and the seed check (the five seed articles
 * form one story, alone and when slipped into the middle of each other corpus with the neighbouring article's time,
 * and no other article joins it).
 *
 * <p>Usage: {@code StoryQuality <corpus-root> [wirefold.cluster.key=value ...]} where the root holds {@code dev/} and
 * {@code seeds/}.
 */
public final class StoryQuality {
    private static final List<String> LABELLED = List.of("gva-shootings", "newswcl50", "uci-titles");

    private StoryQuality() {
    }

    public static void main(String[] argv) throws IOException {
        Path root = Path.of(argv.length > 0 ? argv[0] : "../shared/corpus");
        Map<String, String> overrides = new HashMap<>();
        for (int i = 1; i < argv.length; i++) {
            int eq = argv[i].indexOf('=');
            overrides.put(argv[i].substring(0, eq), argv[i].substring(eq + 1));
        }
        ClusterConfig config = ClusterConfig.from(WirefoldConfig.of(overrides));
        run(root, config, System.out);
    }

    /** Runs every check and prints the table to {@code out}. */
    public static void run(Path root, ClusterConfig config, PrintStream out) throws IOException {
        Path dev = root.resolve("dev");
        List<Article> seeds = CorpusRun.readTextFolder(root.resolve("seeds"));
        List<String> seedFailures = new ArrayList<>();
        seedFailures.addAll(seedCheck("alone", List.of(), seeds, config));
        for (String corpus : LABELLED) {
            List<Article> feed = CorpusRun.readFeed(dev.resolve(corpus + ".articles.jsonl"));
            Map<String, String> gold = CorpusRun.readGold(dev.resolve(corpus + ".gold.jsonl"));
            long t0 = System.nanoTime();
            CorpusRun run = new CorpusRun(config);
            feed.forEach(run::accept);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            StoryScores.Result r = StoryScores.score(run.finalStories(), gold);
            out.printf(Locale.ROOT, "%-14s %s  (%d ms)%n", corpus, r.summary(), ms);
            seedFailures.addAll(seedCheck(corpus, feed, seeds, config));
        }
        List<Article> reuters = CorpusRun.readFeed(dev.resolve("reuters.articles.jsonl"));
        long t0 = System.nanoTime();
        CorpusRun run = new CorpusRun(config);
        reuters.forEach(run::accept);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        NearDuplicateScores.Result nd = NearDuplicateScores.score(run.duplicateOf(), run.order(), run.finalStories(),
                readPairs(dev.resolve("reuters.pairs.jsonl")));
        out.printf(Locale.ROOT, "%-14s %s  (%d ms, %d articles)%n", "reuters", nd.summary(), ms, reuters.size());
        // no story gold for reuters: the largest stories show whether a story drifts into a whole topic
        Map<String, Integer> sizes = new HashMap<>();
        run.finalStories().values().forEach(s -> sizes.merge(s, 1, Integer::sum));
        out.printf(Locale.ROOT, "%-14s stories=%d largest=%s%n", "", sizes.size(),
                sizes.values().stream().sorted(java.util.Comparator.reverseOrder()).limit(8).toList());
        TickerPrecision.Result drift = TickerPrecision.score(reuters, run.finalStories());
        out.printf(Locale.ROOT, "%-14s results/dividend items=%d  B3 P against their ticker=%.4f (topic drift proxy)%n",
                "", drift.items(), drift.precision());
        seedFailures.addAll(seedCheck("reuters", reuters, seeds, config));
        out.println("seeds          " + (seedFailures.isEmpty() ? "OK: one story, alone and inside every corpus, joined by no other article"
                : "FAILED: " + String.join("; ", seedFailures)));
    }

    /** Slips the seeds into the middle of {@code feed} (neighbour's time) and checks they form one closed story. */
    static List<String> seedCheck(String name, List<Article> feed, List<Article> seeds, ClusterConfig config) {
        List<Article> mixed = new ArrayList<>(feed);
        int mid = feed.size() / 2;
        Instant t = feed.isEmpty() ? null : feed.get(mid).published();
        List<Article> timed = seeds.stream().map(s -> new Article(s.id(), s.source(), s.url(), t, s.title(), s.body(), null)).toList();
        for (int i = 0; i < timed.size(); i++) {
            mixed.add(Math.min(mixed.size(), mid + i * 3), timed.get(i));
        }
        CorpusRun run = new CorpusRun(config);
        mixed.forEach(run::accept);
        Map<String, String> stories = run.finalStories();
        Set<String> seedStories = new HashSet<>();
        seeds.forEach(s -> seedStories.add(stories.get(s.id())));
        List<String> failures = new ArrayList<>();
        if (seedStories.size() != 1) {
            failures.add(name + ": seeds in " + seedStories.size() + " stories");
        }
        Set<String> seedIds = new HashSet<>();
        seeds.forEach(s -> seedIds.add(s.id()));
        long intruders = stories.entrySet().stream()
                .filter(e -> !seedIds.contains(e.getKey()) && seedStories.contains(e.getValue())).count();
        if (intruders > 0) {
            failures.add(name + ": " + intruders + " other articles joined the seed story");
        }
        return failures;
    }

    static List<NearDuplicateScores.Pair> readPairs(Path file) throws IOException {
        List<NearDuplicateScores.Pair> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = Json.MAPPER.readTree(line);
                out.add(new NearDuplicateScores.Pair(n.get("a").asText(), n.get("b").asText(), n.get("jaccard").asDouble()));
            }
        }
        return out;
    }
}
