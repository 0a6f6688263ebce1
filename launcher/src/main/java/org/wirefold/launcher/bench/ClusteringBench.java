package org.wirefold.launcher.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.wirefold.launcher.cli.Args;
import org.wirefold.launcher.cli.Command;
import org.wirefold.launcher.cli.UsageException;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.story.ClusterConfig;
import org.wirefold.processor.story.StoryClusterer;

/**
 * {@code wirefold bench}: throughput and latency of the story clustering decision with many live stories in state.
 * For each state size it first loads that many stories (one generated article each), then times a mix of follow-ups
 * to random existing stories and articles of new stories, and prints articles/s and p50/p99 time per article. The
 * cost per article should not grow with the number of live stories (candidate retrieval is bounded by the index).
 * Measures {@link StoryClusterer} with store-equivalent JSON serialisation of every state read and write; RocksDB
 * and changelog sends are not included.
 */
public final class ClusteringBench implements Command {
    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "Benchmark story clustering with 10,000 and 100,000 live stories";
    }

    @Override
    public String help() {
        return """
                Usage: wirefold bench [--stories 10000,100000] [--articles 5000] [--seed 42]

                After a JIT warm-up run, loads N live stories of generated articles into the clustering state, then times further articles
                (half follow-ups to existing stories, half new stories) and prints articles/s and the p50/p99
                clustering time per article for each N, and the ratio between the largest and smallest N.

                Options:
                  --stories   live story counts to measure, comma-separated (default 10000,100000)
                  --articles  timed articles per run, after 1000 warm-up articles (default 5000)
                  --seed      generator seed (default 42)
                """;
    }

    @Override
    public int run(Args args, PrintStream out, PrintStream err) {
        if (args.help()) {
            out.print(help());
            return 0;
        }
        long[] sizes;
        try {
            sizes = Arrays.stream(args.get("stories", "10000,100000").split(",")).map(String::strip)
                    .mapToLong(Long::parseLong).toArray();
        } catch (NumberFormatException e) {
            throw new UsageException("--stories needs whole numbers separated by commas");
        }
        int articles = args.getInt("articles", 5000);
        int seed = args.getInt("seed", 42);
        List<Result> results = new ArrayList<>();
        out.println("warming up the JIT (5,000 stories, not reported)");
        measure(5000, 3000, seed + 99, new PrintStream(java.io.OutputStream.nullOutputStream()));
        for (long size : sizes) {
            Result r = measure(size, articles, seed, out);
            results.add(r);
            out.printf(Locale.ROOT, "live stories %,9d: %,8.0f articles/s  p50 %7.1f us  p99 %7.1f us  mean %7.1f us"
                    + "  (%.0f %% joined an existing story)%n", r.liveStories, r.perSecond, r.p50, r.p99, r.mean, r.joinedShare * 100);
        }
        if (results.size() > 1) {
            Result a = results.get(0);
            Result b = results.get(results.size() - 1);
            double change = (b.mean / a.mean - 1) * 100;
            out.printf(Locale.ROOT, "mean cost per article %,d -> %,d live stories: %+.1f %% (p50 %+.1f %%)%n",
                    a.liveStories, b.liveStories, change, (b.p50 / a.p50 - 1) * 100);
        }
        return 0;
    }

    record Result(long liveStories, double perSecond, double p50, double p99, double mean, double joinedShare) {
    }

    static Result measure(long stories, int articles, long seed, PrintStream out) {
        ClusterConfig config = ClusterConfig.defaults();
        StoryClusterer clusterer = new StoryClusterer(config, new SerializingState());
        clusterer.rebuild();
        SyntheticNews news = new SyntheticNews(seed);
        long t0 = System.nanoTime();
        for (long s = 0; s < stories; s++) {
            clusterer.process(news.article("load-" + s, s, T0.plusMillis(s)), T0.plusMillis(s).toEpochMilli());
        }
        out.printf(Locale.ROOT, "loaded %,d articles in %.1f s, %,d live stories%n", stories,
                (System.nanoTime() - t0) / 1e9, clusterer.liveStories());
        long live = clusterer.liveStories();
        SplittableRandom random = new SplittableRandom(seed + 1);
        int warmup = 1000;
        long[] nanos = new long[articles];
        long next = stories;
        long start = 0;
        int joined = 0;
        for (int i = 0; i < warmup + articles; i++) {
            if (i == warmup) {
                start = System.nanoTime();
            }
            long story = random.nextBoolean() ? random.nextLong(stories) : next++;
            Instant time = T0.plusMillis(stories + i);
            CleanArticle a = news.article("bench-" + i, story, time);
            long t = System.nanoTime();
            var events = clusterer.process(a, time.toEpochMilli());
            if (i >= warmup) {
                nanos[i - warmup] = System.nanoTime() - t;
                if (!events.get(events.size() - 1).story().equals("s-" + a.id())) {
                    joined++;
                }
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(nanos);
        double mean = Arrays.stream(nanos).average().orElse(0) / 1000;
        return new Result(live, articles / seconds, nanos[nanos.length / 2] / 1000.0,
                nanos[(int) Math.min(nanos.length - 1, Math.ceil(nanos.length * 0.99) - 1)] / 1000.0, mean,
                (double) joined / articles);
    }

    /** Runs the benchmark outside the launcher: same options as {@code wirefold bench}. */
    public static void main(String[] argv) {
        Args args = Args.parse(List.of(argv), java.util.Set.of("stories", "articles", "seed"), java.util.Set.of());
        System.exit(new ClusteringBench().run(args, System.out, System.err));
    }
}
