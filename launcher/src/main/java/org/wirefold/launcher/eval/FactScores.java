package org.wirefold.launcher.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirefold.common.model.StoryFact;

/**
 * Consolidated casualty counts against official incident records (GVA gold: {@code story},
 * {@code official.num_killed}, {@code official.num_injured} per article).
 *
 * <p>Each gold incident is mapped to the predicted story holding most of its articles (ties: smallest story id).
 * An incident "states" its killed (injured) count when at least one of its articles supports a {@code killed}
 * ({@code injured}) fact of its own predicted story (the article is listed in a candidate of that fact). Among those,
 * the share whose mapped story's consolidated value equals the official count is reported, per measure and pooled.
 * The story's count of a measure is its fact with that predicate whose subject is {@code person}, else the one with
 * most sources (then the larger value). Plain static functions.
 */
public final class FactScores {
    private FactScores() {
    }

    /** Official counts of the incident an article reports. */
    public record Incident(String story, int killed, int injured) {
    }

    /** Share of incidents whose consolidated count equals the official count. */
    public record Result(int incidents, int killedStated, int killedCorrect, int injuredStated, int injuredCorrect) {
        public double killedShare() {
            return killedStated == 0 ? 0 : (double) killedCorrect / killedStated;
        }

        public double injuredShare() {
            return injuredStated == 0 ? 0 : (double) injuredCorrect / injuredStated;
        }

        /** Both measures pooled. */
        public double share() {
            int n = killedStated + injuredStated;
            return n == 0 ? 0 : (double) (killedCorrect + injuredCorrect) / n;
        }

        public String summary() {
            return String.format(Locale.ROOT, "incidents=%d  killed %d/%d=%.4f  injured %d/%d=%.4f  pooled=%.4f",
                    incidents, killedCorrect, killedStated, killedShare(), injuredCorrect, injuredStated, injuredShare(),
                    share());
        }
    }

    /** Reads the gold lines that carry official counts: article id to incident. */
    public static Map<String, Incident> readGold(Path file) throws IOException {
        Map<String, Incident> out = new LinkedHashMap<>();
        for (JsonNode n : GoldFile.lines(file)) {
            JsonNode o = n.path("official");
            if (n.hasNonNull("story") && o.has("num_killed") && o.has("num_injured")) {
                out.put(n.get("id").asText(), new Incident(n.get("story").asText(), o.get("num_killed").asInt(),
                        o.get("num_injured").asInt()));
            }
        }
        return out;
    }

    /**
     * @param predictedStoryByArticle article id to predicted story id
     * @param factsByStory            consolidated facts per predicted story id
     * @param gold                    article id to its incident's official counts
     */
    public static Result score(Map<String, String> predictedStoryByArticle, Map<String, List<StoryFact>> factsByStory,
                               Map<String, Incident> gold) {
        Map<String, Map<String, Integer>> votes = new LinkedHashMap<>(); // incident -> predicted story -> articles
        Map<String, Incident> official = new HashMap<>();
        Map<String, Set<String>> articlesOf = new HashMap<>();
        gold.forEach((article, inc) -> {
            official.putIfAbsent(inc.story(), inc);
            articlesOf.computeIfAbsent(inc.story(), k -> new HashSet<>()).add(article);
            String pred = predictedStoryByArticle.get(article);
            if (pred != null) {
                votes.computeIfAbsent(inc.story(), k -> new HashMap<>()).merge(pred, 1, Integer::sum);
            }
        });
        int ks = 0;
        int kc = 0;
        int is = 0;
        int ic = 0;
        for (Map.Entry<String, Map<String, Integer>> e : votes.entrySet()) {
            String story = e.getValue().entrySet().stream()
                    .min(Comparator.comparing((Map.Entry<String, Integer> x) -> -x.getValue()).thenComparing(Map.Entry::getKey))
                    .orElseThrow().getKey();
            Incident inc = official.get(e.getKey());
            List<StoryFact> facts = factsByStory.getOrDefault(story, List.of());
            if (states(articlesOf.get(e.getKey()), "killed", predictedStoryByArticle, factsByStory)) {
                ks++;
                StoryFact f = pick(facts, "killed");
                kc += f != null && f.value() == inc.killed() ? 1 : 0;
            }
            if (states(articlesOf.get(e.getKey()), "injured", predictedStoryByArticle, factsByStory)) {
                is++;
                StoryFact f = pick(facts, "injured");
                ic += f != null && f.value() == inc.injured() ? 1 : 0;
            }
        }
        return new Result(votes.size(), ks, kc, is, ic);
    }

    /** The story's count for a predicate: subject person first, then most sources, then larger value. */
    public static StoryFact pick(List<StoryFact> facts, String predicate) {
        return facts.stream().filter(f -> f.predicate().equals(predicate))
                .min(Comparator.comparing((StoryFact f) -> !f.subject().equals("person"))
                        .thenComparing(f -> -f.sources()).thenComparing(f -> -f.value()).thenComparing(StoryFact::key))
                .orElse(null);
    }

    /** Whether one of {@code articles} supports a {@code predicate} fact of the story it was put in. */
    public static boolean states(Collection<String> articles, String predicate, Map<String, String> predicted,
                                 Map<String, List<StoryFact>> factsByStory) {
        for (String a : articles) {
            String story = predicted.get(a);
            for (StoryFact f : factsByStory.getOrDefault(story, List.of())) {
                if (f.predicate().equals(predicate)
                        && f.candidates().stream().anyMatch(c -> c.articles().contains(a))) {
                    return true;
                }
            }
        }
        return false;
    }
}
