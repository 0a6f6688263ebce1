package org.wirefold.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.Article;
import org.wirefold.launcher.SharedCorpus;
import org.wirefold.launcher.eval.FactScores;

/** Regression floors of the consolidated casualty counts on gva-shootings (skipped without {@code ../shared}). */
class FactQualityTest {

    @Test
    void shouldKeepTheShareOfCorrectCasualtyCounts() throws IOException {
        var dev = SharedCorpus.find("corpus/dev");
        Assumptions.assumeTrue(dev.isPresent(), "../shared/corpus/dev not present");
        Path root = dev.get();
        List<Article> feed = CorpusRun.readFeed(root.resolve("gva-shootings.articles.jsonl"));
        Map<String, FactScores.Incident> gold = FactScores.readGold(root.resolve("gva-shootings.gold.jsonl"));

        FactQuality.Shares shares = FactQuality.shares(feed, FactQuality.extract(feed), gold);

        // just under the measured levels (0.879 by gold incident, 0.867 by clustering); the target is 0.85
        assertTrue(shares.gold().share() >= 0.87, shares.gold().summary());
        assertTrue(shares.predicted().share() >= 0.86, shares.predicted().summary());
    }
}
