package org.wirefold.launcher.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.Story;
import org.wirefold.common.model.StoryFact;
import org.wirefold.launcher.eval.FactScores;
import org.wirefold.launcher.eval.GoldFile;
import org.wirefold.launcher.eval.QuantityScores;
import org.wirefold.processor.facts.Quantity;
import org.wirefold.processor.facts.QuantityExtractor;
import org.wirefold.launcher.eval.NearDuplicateScores;
import org.wirefold.launcher.eval.StoryScores;

/** {@code wirefold evaluate}: a labelled feed through the real pipeline, scored against its gold file. */
final class EvaluateCommand implements Command {

    @Override
    public String name() {
        return "evaluate";
    }

    @Override
    public String summary() {
        return "score story identity, duplicates and facts of a labelled feed against its gold file";
    }

    @Override
    public String help() {
        return """
                Usage: wirefold evaluate FEED --gold GOLD [--pairs PAIRS] [--results FILE] [options]
                       wirefold evaluate FEED --pairs PAIRS [--results FILE] [options]
                       wirefold evaluate --quantities SENTENCES --gold GOLD


                Replays FEED through the real pipeline (as `wirefold replay`) and scores the outcome against
                GOLD, a JSON Lines file with one object per article: {"id", "story", ...}.
                  stories      B-cubed and pairwise precision, recall and F1 of the story ids
                  duplicates   with --pairs (JSON Lines {"a","b","jaccard"}): share of pairs with Jaccard >= 0.9
                               where the later article is marked a duplicate of the earlier (or of its group),
                               and the share of duplicate claims on pairs below 0.5 or not listed
                  facts        when GOLD lines carry "official": {"num_killed","num_injured"}: share of
                               incidents whose consolidated killed/injured counts equal the official ones

                With --quantities, SENTENCES is JSON Lines {"id","text"} and GOLD lists per sentence its
                quantities {"value","change","unit"} (NewsQuant format): prints precision, recall and F1 of
                the extractor for value, value+change and value+unit. No pipeline is needed for that.

                Options:
                  --gold FILE                the labels (required unless --pairs is given)
                  --quantities FILE          score the quantity extractor on these sentences instead
                  --pairs FILE               near-duplicate pairs with their Jaccard similarity
                  --results FILE             also write the per-article result lines (as replay)
                """ + PipelineOptions.HELP;
    }

    @Override
    public Set<String> valuedOptions() {
        Set<String> v = new HashSet<>(PipelineOptions.VALUED);
        v.addAll(List.of("gold", "pairs", "results", "quantities"));
        return v;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) throws Exception {
        if (args.has("quantities") && args.has("gold")) {
            return quantities(Path.of(args.get("quantities")), Path.of(args.get("gold")), out);
        }
        if (args.positional().size() != 1 || !args.has("gold") && !args.has("pairs")) {
            throw new UsageException("evaluate needs one FEED and --gold FILE or --pairs FILE (see --help)");
        }
        Path feed = Path.of(args.positional().get(0));
        Map<String, JsonNode> gold = args.has("gold") ? GoldFile.byId(Path.of(args.get("gold"))) : Map.of();
        ReplayCommand.Replay replay = ReplayCommand.replay(args, List.of(feed.toString()), err);
        if (args.has("results")) {
            ReplayCommand.writeResults(Path.of(args.get("results")), replay.results(), replay.ingestRejects());
        }
        Map<String, String> predicted = finalStories(replay.results(), replay.stories());
        Map<String, String> duplicateOf = new HashMap<>();
        replay.results().forEach(r -> {
            if (r.duplicateOf() != null) {
                duplicateOf.put(r.id(), r.duplicateOf());
            }
        });
        out.printf("%s: %d articles in %.1f s (%.1f articles/s), %d stories%n", feed.getFileName(),
                replay.report().read(), replay.seconds(), replay.report().read() / replay.seconds(),
                new HashSet<>(predicted.values()).size());
        Map<String, String> goldStories = GoldFile.stories(gold);
        if (!goldStories.isEmpty()) {
            out.println("stories     " + StoryScores.score(predicted, goldStories).summary());
        }
        if (args.has("pairs")) {
            List<String> order = Files.isRegularFile(feed) ? GoldFile.feedOrder(feed)
                    : replay.results().stream().map(ArticleResult::id).toList();
            NearDuplicateScores.Result dup = NearDuplicateScores.score(duplicateOf, order, predicted,
                    GoldFile.pairs(Path.of(args.get("pairs"))));
            out.println("duplicates  " + dup.summary());
        }
        Map<String, FactScores.Incident> official = args.has("gold") ? FactScores.readGold(Path.of(args.get("gold")))
                : Map.of();
        if (!official.isEmpty()) {
            Map<String, List<StoryFact>> factsByStory = new HashMap<>();
            replay.stories().forEach((id, s) -> factsByStory.put(id, s.facts()));
            out.println("facts       " + FactScores.score(predicted, factsByStory, official).summary());
        }
        return 0;
    }

    private static int quantities(Path sentences, Path goldFile, PrintStream out) throws Exception {
        QuantityExtractor extractor = new QuantityExtractor();
        Map<String, List<Quantity>> predicted = new HashMap<>();
        GoldFile.byId(sentences).forEach((id, node) -> predicted.put(id, extractor.extract(node.path("text").asText())));
        QuantityScores.Result result = QuantityScores.score(predicted, QuantityScores.readGold(goldFile));
        out.println("quantities  " + result.summary());
        return 0;
    }

    /** Article id → the story it ends in, following merges. */
    static Map<String, String> finalStories(List<ArticleResult> results, Map<String, Story> stories) {
        Map<String, String> out = new HashMap<>();
        for (ArticleResult r : results) {
            if (r.story() == null) {
                continue;
            }
            String story = r.story();
            for (int hops = 0; hops < 100; hops++) {
                Story s = stories.get(story);
                if (s == null || s.mergedInto() == null) {
                    break;
                }
                story = s.mergedInto();
            }
            out.put(r.id(), story);
        }
        return out;
    }
}
