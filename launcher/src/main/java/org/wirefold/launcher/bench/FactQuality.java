package org.wirefold.launcher.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.wirefold.common.config.WirefoldConfig;
import org.wirefold.common.model.Article;
import org.wirefold.common.model.Fact;
import org.wirefold.common.model.StoryFact;
import org.wirefold.launcher.eval.FactScores;
import org.wirefold.processor.facts.ArticleFacts;
import org.wirefold.processor.facts.FactConsolidator;
import org.wirefold.processor.facts.FactExtractor;
import org.wirefold.processor.story.ClusterConfig;
import org.wirefold.processor.text.Boilerplate;

/**
 * Offline quality of consolidated casualty counts on a labelled feed with official counts (GVA), no Kafka: each
 * article is cleaned and its facts read as the topology's cleaning step does (boilerplate strip, then
 * {@link FactExtractor}), articles are grouped into stories by the gold labels and by the offline clustering
 * ({@link CorpusRun}), duplicates contribute no facts (as in the aggregator), every story's facts are consolidated
 * with {@link FactConsolidator} over its members in publication order, and {@link FactScores} scores both groupings.
 *
 * <p>Usage: {@code FactQuality <articles.jsonl> <gold.jsonl> [--dump gold|predicted] [--all]}. With {@code --dump}
 * every scored incident whose count is wrong (all with {@code --all}) is printed: official value, consolidated value
 * and every candidate with its article ids, then each article's own casualty facts with their spans.
 */
public final class FactQuality {
    private static final Instant EPOCH = Instant.EPOCH;

    private FactQuality() {
    }

    /** Facts and story grouping of one run. */
    record Outcome(Map<String, String> storyByArticle, Map<String, List<StoryFact>> factsByStory,
                   Map<String, List<Fact>> factsByArticle) {
    }

    public static void main(String[] argv) throws IOException {
        if (argv.length < 2) {
            System.err.println("usage: FactQuality <articles.jsonl> <gold.jsonl> [--dump gold|predicted] [--all]");
            System.exit(2);
        }
        List<Article> feed = CorpusRun.readFeed(Path.of(argv[0]));
        Map<String, FactScores.Incident> gold = FactScores.readGold(Path.of(argv[1]));
        String dump = null;
        boolean all = false;
        for (int i = 2; i < argv.length; i++) {
            if (argv[i].equals("--dump") && i + 1 < argv.length) {
                dump = argv[++i];
            } else if (argv[i].equals("--all")) {
                all = true;
            }
        }
        PrintStream out = System.out;
        long t0 = System.nanoTime();
        Map<String, List<Fact>> facts = extract(feed);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Shares shares = shares(feed, facts, gold);
        out.printf(Locale.ROOT, "extraction: %d articles in %d ms%n", feed.size(), ms);
        out.println("gold stories      " + shares.gold().summary());
        out.println("predicted stories " + shares.predicted().summary());
        if (dump != null) {
            dump(dump.equals("gold") ? shares.byGold() : shares.byPredicted(), gold, all, out);
        }
    }

    /** Both groupings of a feed (by gold incident, by the offline clustering) and their fact shares. */
    record Shares(Outcome byGold, Outcome byPredicted, FactScores.Result gold, FactScores.Result predicted) {
    }

    static Shares shares(List<Article> feed, Map<String, List<Fact>> facts, Map<String, FactScores.Incident> gold) {
        CorpusRun run = new CorpusRun(ClusterConfig.from(WirefoldConfig.of(Map.of())));
        feed.forEach(run::accept);
        Map<String, String> goldStories = new LinkedHashMap<>();
        gold.forEach((id, inc) -> goldStories.put(id, inc.story()));
        Outcome byGold = consolidate(feed, facts, goldStories, run.duplicateOf());
        Outcome byPred = consolidate(feed, facts, run.finalStories(), run.duplicateOf());
        return new Shares(byGold, byPred, FactScores.score(byGold.storyByArticle(), byGold.factsByStory(), gold),
                FactScores.score(byPred.storyByArticle(), byPred.factsByStory(), gold));
    }

    /** Each article's facts, read from its cleaned text as the topology's cleaning step does. */
    static Map<String, List<Fact>> extract(List<Article> feed) {
        Boilerplate boilerplate = new Boilerplate();
        FactExtractor extractor = new FactExtractor();
        Map<String, List<Fact>> out = new HashMap<>();
        for (Article a : feed) {
            if (a.text().isEmpty()) {
                continue;
            }
            List<Fact> f;
            try {
                f = extractor.extract(boilerplate.strip(a.text()));
            } catch (RuntimeException e) {
                f = List.of(); // the cleaner goes on without facts too
            }
            out.put(a.id(), f);
        }
        return out;
    }

    /** Consolidates the non-duplicate members of every story, in publication order then feed order. */
    static Outcome consolidate(List<Article> feed, Map<String, List<Fact>> facts, Map<String, String> storyOf,
                               Map<String, String> duplicateOf) {
        Map<String, List<ArticleFacts>> members = new LinkedHashMap<>();
        for (Article a : feed) {
            String story = storyOf.get(a.id());
            if (story == null || !facts.containsKey(a.id())) {
                continue;
            }
            List<ArticleFacts> list = members.computeIfAbsent(story, k -> new ArrayList<>());
            if (!duplicateOf.containsKey(a.id())) {
                list.add(new ArticleFacts(a.id(), a.source(), a.published(), facts.get(a.id())));
            }
        }
        FactConsolidator consolidator = new FactConsolidator();
        Map<String, List<StoryFact>> byStory = new HashMap<>();
        members.forEach((story, list) -> {
            List<ArticleFacts> sorted = list.stream()
                    .sorted(Comparator.comparing(f -> f.published() == null ? EPOCH : f.published())).toList();
            byStory.put(story, consolidator.consolidate(List.of(), sorted, story, EPOCH));
        });
        Map<String, String> stories = new LinkedHashMap<>();
        feed.forEach(a -> {
            if (storyOf.containsKey(a.id())) {
                stories.put(a.id(), storyOf.get(a.id()));
            }
        });
        return new Outcome(stories, byStory, facts);
    }

    /** Per incident: official against consolidated counts, the candidates, and each article's casualty facts. */
    static void dump(Outcome o, Map<String, FactScores.Incident> gold, boolean all, PrintStream out) {
        Map<String, List<String>> articlesOf = new TreeMap<>();
        gold.forEach((id, inc) -> articlesOf.computeIfAbsent(inc.story(), k -> new ArrayList<>()).add(id));
        for (Map.Entry<String, List<String>> e : articlesOf.entrySet()) {
            FactScores.Incident inc = gold.get(e.getValue().get(0));
            Map<String, Integer> votes = new HashMap<>();
            e.getValue().forEach(a -> {
                String s = o.storyByArticle().get(a);
                if (s != null) {
                    votes.merge(s, 1, Integer::sum);
                }
            });
            if (votes.isEmpty()) {
                continue;
            }
            String story = votes.entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Integer> x) -> -x.getValue()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            List<StoryFact> facts = o.factsByStory().getOrDefault(story, List.of());
            StringBuilder sb = new StringBuilder();
            boolean wrong = false;
            for (String measure : List.of("killed", "injured")) {
                int official = measure.equals("killed") ? inc.killed() : inc.injured();
                if (!FactScores.states(e.getValue(), measure, o.storyByArticle(), o.factsByStory())) {
                    sb.append(String.format(Locale.ROOT, "  %-7s official=%d  (not stated)%n", measure, official));
                    continue;
                }
                StoryFact f = FactScores.pick(facts, measure);
                boolean ok = f != null && f.value() == official;
                wrong |= !ok;
                sb.append(String.format(Locale.ROOT, "  %-7s official=%d  got=%s  %s%n", measure, official,
                        f == null ? "-" : fmt(f.value()), ok ? "OK" : "WRONG"));
                for (StoryFact g : facts) {
                    if (g.predicate().equals(measure)) {
                        for (StoryFact.Candidate c : g.candidates()) {
                            sb.append(String.format(Locale.ROOT, "      %s %s%s %s%n", g.key(), c.qualifier(),
                                    fmt(c.value()), c.articles()));
                        }
                    }
                }
            }
            if (!wrong && !all) {
                continue;
            }
            out.printf(Locale.ROOT, "== %s  story=%s  articles=%d%n", e.getKey(), story, e.getValue().size());
            out.print(sb);
            for (String a : e.getValue()) {
                out.printf("  [%s]%s%n", a, o.storyByArticle().get(a).equals(story) ? "" : " (other story)");
                for (Fact f : o.factsByArticle().getOrDefault(a, List.of())) {
                    if (f.predicate().equals("killed") || f.predicate().equals("injured") || f.predicate().equals("shot")) {
                        out.printf(Locale.ROOT, "     %-8s %-7s %s%s  «%s»%n", f.predicate(), f.subject(), f.qualifier(),
                                fmt(f.value()), f.span().replace('\n', ' '));
                    }
                }
            }
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
