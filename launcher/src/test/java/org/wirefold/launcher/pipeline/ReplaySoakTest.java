package org.wirefold.launcher.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirefold.common.model.ArticleResult;
import org.wirefold.common.model.DeadLetter;
import org.wirefold.ingest.IngestReport;
import org.wirefold.launcher.SharedCorpus;

/**
 * Soak: the 11,000-article Reuters feed (real re-sends and corrections) through the real pipeline. Slow, so tagged
 * {@code soak}: {@code mvn -B -ntp verify -Psoak}. Skipped when {@code ../shared} is absent.
 */
@Tag("soak")
class ReplaySoakTest {

    @Test
    void shouldAnswerEveryArticleOfALargeFeedWithoutAProcessingError() throws Exception {
        Optional<Path> feed = SharedCorpus.find("corpus/dev/reuters.articles.jsonl");
        assumeTrue(feed.isPresent(), "../shared/corpus/dev is not here");
        try (Pipeline pipeline = Pipeline.start(new Pipeline.Options(null, null, Map.of(), false,
                new PrintStream(new ByteArrayOutputStream())))) {
            long t0 = System.nanoTime();
            IngestReport report = pipeline.ingest(List.of(feed.get().toString()), new PrintStream(new ByteArrayOutputStream()));
            pipeline.awaitProcessed(report.published(), Duration.ofMinutes(20));
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("soak: %d articles in %.1f s, %.1f articles/s%n", report.published(), seconds,
                    report.published() / seconds);

            assertThat(report.read()).isEqualTo(11_000);
            assertThat(report.failed()).isZero();
            Set<String> answered = pipeline.results().stream().map(ArticleResult::id).collect(Collectors.toSet());
            assertThat(answered).hasSize((int) report.published());
            assertThat(pipeline.deadLetters()).extracting(DeadLetter::stage).containsOnly("ingest");
            assertThat(pipeline.results()).filteredOn(r -> ArticleResult.DUPLICATE.equals(r.status())).isNotEmpty();
        }
    }
}
