package org.wirefold.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Article;
import org.wirefold.launcher.SharedCorpus;
import org.wirefold.launcher.eval.NearDuplicateScores;
import org.wirefold.launcher.eval.StoryScores;
import org.wirefold.processor.story.ClusterConfig;

/** Quality floors on the shared development corpora (skipped when {@code ../shared} is absent). */
class StoryQualityTest {

    private static Path corpus() {
        var root = SharedCorpus.find("corpus/dev");
        Assumptions.assumeTrue(root.isPresent(), "../shared/corpus/dev not present");
        return root.get();
    }

    private static StoryScores.Result cluster(String name) throws IOException {
        Path dev = corpus();
        CorpusRun run = new CorpusRun(ClusterConfig.defaults());
        CorpusRun.readFeed(dev.resolve(name + ".articles.jsonl")).forEach(run::accept);
        return StoryScores.score(run.finalStories(), CorpusRun.readGold(dev.resolve(name + ".gold.jsonl")));
    }

    @Test
    void shouldClusterShootingReportsByIncident() throws IOException {
        StoryScores.Result r = cluster("gva-shootings");
        // a regression guard just under the measured level (0.950 here; 0.952 through the pipeline, where no story
        // expires in a replay), the target being 0.95 through `wirefold evaluate`
        assertTrue(r.bcubedF1() >= 0.948, r.summary());
    }

    @Test
    void shouldClusterPoliticalEventsAcrossOutlets() throws IOException {
        StoryScores.Result r = cluster("newswcl50");
        // the target; two pairs of related events share a story at the start and split apart later
        assertTrue(r.bcubedF1() >= 0.98, r.summary());
    }

    @Test
    void shouldClusterHeadlinesOnly() throws IOException {
        StoryScores.Result r = cluster("uci-titles");
        assertTrue(r.bcubedF1() >= 0.80, r.summary());
    }

    @Test
    void shouldFindWireResendsWithoutFalseClaims() throws IOException {
        Path dev = corpus();
        CorpusRun run = new CorpusRun(ClusterConfig.defaults());
        CorpusRun.readFeed(dev.resolve("reuters.articles.jsonl")).forEach(run::accept);

        NearDuplicateScores.Result r = NearDuplicateScores.score(run.duplicateOf(), run.order(), run.finalStories(),
                StoryQuality.readPairs(dev.resolve("reuters.pairs.jsonl")));

        assertTrue(r.recall() >= 0.98, r.summary());
        assertTrue(r.falseClaimRate() <= 0.01, r.summary());
    }

    @Test
    void shouldKeepTheSeedArticlesInOneStoryOfTheirOwn() throws IOException {
        Path seeds = SharedCorpus.find("corpus/seeds").orElseThrow();
        List<Article> seedArticles = CorpusRun.readTextFolder(seeds);
        assertEquals(5, seedArticles.size());
        List<Article> uci = CorpusRun.readFeed(corpus().resolve("uci-titles.articles.jsonl"));

        assertEquals(List.of(), StoryQuality.seedCheck("alone", List.of(), seedArticles, ClusterConfig.defaults()));
        assertEquals(List.of(), StoryQuality.seedCheck("uci-titles", uci, seedArticles, ClusterConfig.defaults()));
    }
}
