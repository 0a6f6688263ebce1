package org.wirefold.launcher.bench;

import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.wirefold.launcher.cli.Args;
import org.wirefold.launcher.cli.Command;
import org.wirefold.launcher.cli.UsageException;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.story.ClusterConfig;
import org.wirefold.processor.story.StoryClusterer;

/**
 * {@code wirefold bench}: throughput and latency of the story clustering decision with many live stories in state.
 * It loads one clustering state per requested size (one generated article per story), warms each up, then times
 * further articles (half follow-ups to random existing stories, half new stories) in short rounds that alternate
 * between the states, so a change of machine load or a garbage collection falls on every size alike. It prints
 * articles/s, p50/p99/mean wall time and mean thread CPU time per article for each size, and the cost change between
 * the smallest and the largest size as the median of the per-round ratios (the robust figure) beside the ratio of
 * the pooled means. CPU time leaves out time spent waiting for a core while other processes run; wall time includes
 * it. The
 * cost per article should not grow with the number of live stories (candidate retrieval is bounded by the index).
 * Measures {@link StoryClusterer} with store-equivalent JSON serialisation of every state read and write; RocksDB and
 * changelog sends are not included.
 */
public final class ClusteringBench implements Command {
    private static final Instant T0 = Instant.parse("2025-06-01T00:00:00Z");
    private static final int WARMUP = 1000;
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private static final Set<String> OPTIONS = Set.of("stories", "articles", "rounds", "seed");

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark story clustering with 10,000 and 100,000 live stories";
    }

    @Override
    public String help() {
        return """
                Usage: wirefold bench [--stories 10000,100000] [--articles 10000] [--rounds 20] [--seed 42]

                Loads one clustering state per story count (one generated article per story; 100,000 take about
                a minute), warms each up with 1,000 articles, then times --articles further articles per state
                (half follow-ups to existing stories, half new stories) in --rounds rounds that alternate between
                the states. Prints articles/s and p50/p99/mean clustering time per article for each count, and the
                change of the cost per article from the smallest to the largest count: the median of the per-round
                ratios (robust to load changes on a shared machine) and the ratio of the pooled means, for the
                thread's CPU time (what the work costs, whatever else runs on the machine) and for wall time.

                Options:
                  --stories   live story counts to measure, comma-separated (default 10000,100000)
                  --articles  timed articles per story count (default 10000)
                  --rounds    alternating rounds the timed articles are split into (default 20)
                  --seed      generator seed (default 42)
                """;
    }

    @Override
    public Set<String> valuedOptions() {
        return OPTIONS;
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
        int articles = args.getInt("articles", 10_000);
        int rounds = args.getInt("rounds", 20);
        if (sizes.length == 0 || articles < rounds || rounds < 1 || Arrays.stream(sizes).anyMatch(n -> n < 1)) {
            throw new UsageException("--stories, --articles and --rounds must be positive, with --articles >= --rounds");
        }
        int seed = args.getInt("seed", 42);
        List<Result> results = measure(sizes, articles, rounds, seed, out);
        for (Result r : results) {
            out.printf(Locale.ROOT, "live stories %,9d: %,8.0f articles/s  p50 %7.1f us  p99 %7.1f us  mean %7.1f us"
                    + "  CPU %7.1f us  (%.0f %% joined an existing story; %,d live at the end)%n", r.liveStories,
                    r.perSecond, r.p50, r.p99, r.mean, r.cpuMean, r.joinedShare * 100, r.liveAfter);
        }
        if (results.size() > 1) {
            Result a = results.get(0);
            Result b = results.get(results.size() - 1);
            double[] wall = ratios(a.roundMeans, b.roundMeans);
            double[] cpu = ratios(a.roundCpu, b.roundCpu);
            out.printf(Locale.ROOT, "cost per article %,d -> %,d live stories:%n", a.liveStories, b.liveStories);
            out.printf(Locale.ROOT, "  CPU time  median of %d round ratios %+.1f %% (rounds %+.1f %% to %+.1f %%), "
                            + "pooled %+.1f %%%n", rounds, (median(cpu) - 1) * 100, (cpu[0] - 1) * 100,
                    (cpu[rounds - 1] - 1) * 100, (b.cpuMean / a.cpuMean - 1) * 100);
            out.printf(Locale.ROOT, "  wall time median of %d round ratios %+.1f %% (rounds %+.1f %% to %+.1f %%), "
                            + "pooled mean %+.1f %%, p50 %+.1f %%, p99 %+.1f %%%n", rounds, (median(wall) - 1) * 100,
                    (wall[0] - 1) * 100, (wall[rounds - 1] - 1) * 100, (b.mean / a.mean - 1) * 100,
                    (b.p50 / a.p50 - 1) * 100, (b.p99 / a.p99 - 1) * 100);
        }
        return 0;
    }

    record Result(long liveStories, long liveAfter, double perSecond, double p50, double p99, double mean, double joinedShare,
                  double[] roundMeans, double cpuMean, double[] roundCpu) {
    }

    /** One loaded state under measurement. */
    private static final class Run {
        final long stories;
        final StoryClusterer clusterer = new StoryClusterer(ClusterConfig.defaults(), new SerializingState());
        final SyntheticNews news;
        final SplittableRandom random;
        final long[] nanos;
        final double[] roundMeans;
        final double[] roundCpu;
        long cpu;
        long next;
        long liveAtStart;
        int done;
        int joined;
        long elapsed;

        Run(long stories, int articles, int rounds, long seed) {
            this.stories = stories;
            this.news = new SyntheticNews(seed);
            this.random = new SplittableRandom(seed + 1);
            this.nanos = new long[articles];
            this.roundMeans = new double[rounds];
            this.roundCpu = new double[rounds];
            this.next = stories;
            clusterer.rebuild();
        }

        void load(PrintStream out) {
            long t0 = System.nanoTime();
            for (long s = 0; s < stories; s++) {
                clusterer.process(news.article("load-" + s, s, T0.plusMillis(s)), T0.plusMillis(s).toEpochMilli());
            }
            out.printf(Locale.ROOT, "loaded %,d articles in %.1f s, %,d live stories%n", stories,
                    (System.nanoTime() - t0) / 1e9, clusterer.liveStories());
        }

        /** Processes {@code n} articles; records their times unless {@code warmup}. */
        void step(int n, boolean warmup, int round) {
            long sum = 0;
            long cpuSum = 0;
            for (int i = 0; i < n; i++) {
                long story = random.nextBoolean() ? random.nextLong(stories) : next++;
                int seq = warmup ? -1 - i : done;
                Instant time = T0.plusMillis(stories + WARMUP + done + (warmup ? i - WARMUP : 0));
                CleanArticle a = news.article("bench-" + seq, story, time);
                long c = THREADS.getCurrentThreadCpuTime();
                long t = System.nanoTime();
                var events = clusterer.process(a, time.toEpochMilli());
                long took = System.nanoTime() - t;
                cpuSum += THREADS.getCurrentThreadCpuTime() - c;
                if (!warmup) {
                    nanos[done++] = took;
                    sum += took;
                    joined += events.get(events.size() - 1).story().equals("s-" + a.id()) ? 0 : 1;
                }
            }
            if (!warmup) {
                elapsed += sum;
                roundMeans[round] = sum / (double) n / 1000;
                roundCpu[round] = cpuSum / (double) n / 1000;
                cpu += cpuSum;
            }
        }

        Result result() {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            double mean = elapsed / (double) done / 1000;
            return new Result(liveAtStart, clusterer.liveStories(), done / (elapsed / 1e9), sorted[done / 2] / 1000.0,
                    sorted[(int) Math.min(done - 1, Math.ceil(done * 0.99) - 1)] / 1000.0, mean,
                    (double) joined / done, roundMeans, cpu / (double) done / 1000, roundCpu);
        }
    }

    static List<Result> measure(long[] sizes, int articles, int rounds, long seed, PrintStream out) {
        List<Run> runs = new ArrayList<>();
        for (long size : sizes) {
            Run r = new Run(size, articles, rounds, seed);
            r.load(out);
            r.step(WARMUP, true, 0);
            r.liveAtStart = r.clusterer.liveStories();
            runs.add(r);
        }
        for (int k = 0; k < rounds; k++) {
            int n = articles / rounds + (k < articles % rounds ? 1 : 0);
            for (int j = 0; j < runs.size(); j++) {
                // alternate the order per round, so neither size always runs first after the other
                runs.get(k % 2 == 0 ? j : runs.size() - 1 - j).step(n, false, k);
            }
        }
        return runs.stream().map(Run::result).toList();
    }

    /** Per-round ratios b/a, sorted. */
    private static double[] ratios(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            r[k] = b[k] / a[k];
        }
        Arrays.sort(r);
        return r;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Runs the benchmark outside the launcher: same options as {@code wirefold bench}. */
    public static void main(String[] argv) {
        Args args = Args.parse(List.of(argv), OPTIONS, Set.of());
        System.exit(new ClusteringBench().run(args, System.out, System.err));
    }
}
