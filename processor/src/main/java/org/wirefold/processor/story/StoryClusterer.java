package org.wirefold.processor.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.wirefold.processor.model.CleanArticle;
import org.wirefold.processor.model.StoryEvent;
import org.wirefold.processor.text.MinHash;
import org.wirefold.processor.text.TextNormalizer;

/**
 * The clustering decision for one article at a time, independent of Kafka: exact duplicate, near duplicate
 * (MinHash/LSH over word 5-shingles), or single-pass TF-IDF assignment to the most similar live story (candidates
 * from an inverted index, similarity damped by the time gap), with a merge of further stories the article ties
 * strongly to, and a split of a small story that turns out to be two events. Durable state lives in a
 * {@link ClusterState}; indexes are caches rebuilt by {@link #rebuild()}.
 * Deterministic for a given input order. Not thread-safe: one instance per (single) partition.
 */
public final class StoryClusterer {
    private static final int SIGNATURE = 64;
    private static final int BAND_ROWS = 4;
    private static final int MIN_SHINGLE_WORDS = 12;
    private static final int MAX_CANDIDATES = 60;

    private final ClusterConfig config;
    private final ClusterState state;
    private final MinHash minHash = new MinHash(SIGNATURE, 5);
    private final TermStats termStats;
    private final StorySimilarity similarity;
    private final ArticleReader reader;
    private final CandidateIndex index;
    private final CandidateIndex nameIndex;
    private final DuplicateIndex duplicates = new DuplicateIndex();
    private final Map<String, StorySketch> live = new HashMap<>();
    private final Map<String, String> redirects = new HashMap<>();
    private final TreeSet<Expiry> storyExpiry = new TreeSet<>();
    private final TreeSet<Expiry> articleExpiry = new TreeSet<>();
    private long streamTime = Long.MIN_VALUE;

    private record Expiry(long time, String id) implements Comparable<Expiry> {
        @Override
        public int compareTo(Expiry o) {
            int c = Long.compare(time, o.time);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    public StoryClusterer(ClusterConfig config, ClusterState state) {
        this.config = config;
        this.state = state;
        this.termStats = new TermStats(state, config.termBuckets());
        this.similarity = new StorySimilarity(config, termStats);
        this.reader = new ArticleReader(config, termStats, similarity);
        this.index = new CandidateIndex(config.postingLimit());
        this.nameIndex = new CandidateIndex(config.postingLimit());
    }

    /** Rebuilds every in-memory index from the state (call once after the state is restored). */
    public void rebuild() {
        live.clear();
        redirects.clear();
        storyExpiry.clear();
        articleExpiry.clear();
        termStats.rebuild();
        List<StorySketch> sketches = new ArrayList<>();
        state.forEachStory(sketches::add);
        sketches.sort(Comparator.comparingLong(StorySketch::lastTime).thenComparing(StorySketch::id));
        for (StorySketch s : sketches) {
            storyExpiry.add(expiryOf(s));
            streamTime = Math.max(streamTime, s.lastTime());
            if (s.mergedInto() != null) {
                redirects.put(s.id(), s.mergedInto());
            } else {
                live.put(s.id(), s);
                index.put(s.id(), s.centroid().heaviest(config.queryTerms()));
                nameIndex.put(s.id(), s.names());
            }
        }
        state.forEachArticle(a -> {
            articleExpiry.add(new Expiry(a.time(), a.id()));
            if (a.signature() != null) {
                duplicates.add(a.id(), MinHash.bandKeys(a.signature(), BAND_ROWS));
            }
        });
    }

    /** Live stories in the index. */
    public int liveStories() {
        return live.size();
    }

    /**
     * Decides where {@code article} goes and returns the events to forward, in order: any MERGE events, a SPLIT event
     * when the story it joined turned out to be two events ({@link StorySplit}), then the ARTICLE event.
     *
     * @param recordTimestamp the record's timestamp, epoch ms: the stream-time clock of expiry
     */
    public List<StoryEvent> process(CleanArticle article, long recordTimestamp) {
        boolean known = timeKnown(article);
        long published = known ? article.article().published().toEpochMilli() : StorySketch.NONE;
        if (known) {
            termStats.knownTime(published);
        }
        // Expiry runs on stream time (record arrival), never on publication times: partitions replayed in parallel
        // deliver publication times out of order, and a clock driven by them would expire live stories early.
        // Publication times still drive the similarity's time damping.
        streamTime = Math.max(streamTime, recordTimestamp);
        long timestamp = streamTime;
        expire();
        List<StoryEvent> out = new ArrayList<>(2);
        if (article.exactDuplicateOf() != null) {
            ArticleEntry first = state.article(article.exactDuplicateOf());
            String story = first == null ? null : resolve(first.story());
            if (story != null) {
                touch(story, timestamp, published);
                state.putArticle(new ArticleEntry(article.id(), story, timestamp, article.exactDuplicateOf(), null));
                articleExpiry.add(new Expiry(timestamp, article.id()));
                out.add(StoryEvent.duplicate(story, article, article.exactDuplicateOf(), StoryEvent.EXACT));
                return out;
            }
        }
        String normalized = TextNormalizer.normalize(article.text());
        int words = normalized.isEmpty() ? 0 : normalized.split(" ").length;
        int[] signature = words >= MIN_SHINGLE_WORDS ? minHash.signature(normalized) : null;
        long[] bands = signature == null ? null : MinHash.bandKeys(signature, BAND_ROWS);
        ArticleEntry copyOf = signature == null ? null : nearDuplicate(signature, bands);
        if (copyOf != null && resolve(copyOf.story()) != null) {
            String story = resolve(copyOf.story());
            touch(story, timestamp, published);
            remember(new ArticleEntry(article.id(), story, timestamp, copyOf.root(), signature), bands);
            out.add(StoryEvent.duplicate(story, article, copyOf.root(), StoryEvent.NEAR));
            return out;
        }
        String story = assign(article, timestamp, published, out);
        remember(new ArticleEntry(article.id(), story, timestamp, article.exactDuplicateOf(), signature), bands);
        out.add(article.exactDuplicateOf() == null ? StoryEvent.article(story, article)
                : StoryEvent.duplicate(story, article, article.exactDuplicateOf(), StoryEvent.EXACT));
        return out;
    }

    private void remember(ArticleEntry entry, long[] bands) {
        state.putArticle(entry);
        articleExpiry.add(new Expiry(entry.time(), entry.id()));
        if (bands != null) {
            duplicates.add(entry.id(), bands);
        }
    }

    private ArticleEntry nearDuplicate(int[] signature, long[] bands) {
        ArticleEntry best = null;
        double bestSim = config.nearDuplicate();
        for (String id : duplicates.candidates(bands)) {
            ArticleEntry e = state.article(id);
            if (e == null || e.signature() == null) {
                continue;
            }
            double sim = MinHash.similarity(signature, e.signature());
            if (sim > bestSim || (sim == bestSim && best != null && e.time() < best.time())) {
                best = e;
                bestSim = sim;
            } else if (sim >= bestSim && best == null) {
                best = e;
                bestSim = sim;
            }
        }
        return best;
    }

    /** TF-IDF assignment: joins the best story or starts one; merges stories the article bridges. */
    private String assign(CleanArticle article, long time, long published, List<StoryEvent> out) {
        ArticleReader.Read read = reader.read(article, published);
        TermVector vector = read.vector();
        long[] rareNames = read.rareNames();
        long[] query = vector.heaviest(config.queryTerms());
        double[] qw = new double[query.length];
        for (int i = 0; i < query.length; i++) {
            qw[i] = weightOf(vector, query[i]);
        }
        // candidates: stories sharing heavy terms, plus stories naming the same rare person (follow-ups weeks later)
        java.util.LinkedHashSet<String> candidates = new java.util.LinkedHashSet<>(index.candidates(query, qw, MAX_CANDIDATES));
        double[] ones = new double[rareNames.length];
        Arrays.fill(ones, 1.0);
        candidates.addAll(nameIndex.candidates(rareNames, ones, MAX_CANDIDATES));
        List<Scored> scored = new ArrayList<>();
        for (String id : candidates) {
            StorySketch s = live.get(id);
            if (s != null) {
                scored.add(new Scored(s, similarity.score(vector, rareNames, read.dates(), read.legalStep(), s,
                        published)));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored x) -> -x.score).thenComparing(x -> x.sketch.id()));
        // the best story takes the article if it is close enough; a story of one article has a lower bar
        if (scored.isEmpty() || scored.get(0).score < joinThreshold(scored.get(0).sketch)) {
            String id = "s-" + article.id();
            putLive(StorySketch.first(id, time, published, vector, similarity.rareFor(rareNames, 1),
                    member(article, time, published, vector, rareNames)), null);
            return id;
        }
        StorySketch target = scored.get(0).sketch;
        int membersBefore = target.members() == null ? 0 : target.members().size();
        List<StorySketch> absorbed = new ArrayList<>();
        for (int i = 1; i < scored.size(); i++) {
            StorySketch other = scored.get(i).sketch;
            // stories split from each other are not merged back
            if (scored.get(i).score >= mergeThreshold(target, other) && !target.keptApartFrom(other)
                    && absorbed.stream().noneMatch(other::keptApartFrom)) {
                absorbed.add(other);
            }
        }
        if (!absorbed.isEmpty()) {
            absorbed.add(target);
            absorbed.sort(Comparator.comparingLong(StorySketch::firstTime).thenComparing(StorySketch::id));
            target = absorbed.remove(0);
            for (StorySketch a : absorbed) {
                target = mergeInto(a, target, time, out);
            }
        }
        // only a story still small enough to split records the article as a member
        StorySketch.Member member = target.members() == null ? null : member(article, time, published, vector, rareNames);
        StorySketch updated = target.plus(time, published, target.centroid().plus(vector, 1.0, config.sketchTerms()),
                similarity.rareFor(rareNames, target.articles() + 1)).withMember(member, config.splitMembers());
        putLive(updated, target);
        int membersAfter = updated.members() == null ? 0 : updated.members().size();
        boolean signature = StorySplit.due(membersBefore, membersAfter);
        long gap = config.splitGap().toMillis();
        if (updated.members() != null && (signature || gap > 0 && StorySplit.timeDue(membersBefore, membersAfter))) {
            StorySplit.Groups groups = StorySplit.decide(updated.members(), signature, gap, config.gapSplitNames());
            if (groups != null) {
                return split(updated, groups, article.id(), out);
            }
        }
        return updated.id();
    }

    /**
     * Least score for a further candidate {@code other} to merge with {@code target}, the story the article joins:
     * lower for a story of one article (the article bridges two reports), once the stream has seen enough articles
     * for its IDF to mean something, and while the target is not broad (a broad centroid is close to many reports).
     */
    private double mergeThreshold(StorySketch target, StorySketch other) {
        return other.articles() <= 1 && termStats.docs() >= config.singleMergeWarmUp()
                && target.articles() <= config.singleMergeMaxArticles()
                ? config.singleMergeThreshold() : config.mergeThreshold();
    }

    /** Least score to join {@code story}: lower for a story of one article, whose centroid is that article alone. */
    private double joinThreshold(StorySketch story) {
        return story.articles() <= 1 ? config.singleJoinThreshold() : config.joinThreshold();
    }

    /**
     * Splits {@code story} into the group with its first article (keeps the id) and the other group (a new story
     * {@code s-<its first article id>}); the two are kept apart from then on. Returns the story {@code current} ends in.
     */
    private String split(StorySketch story, StorySplit.Groups groups, String current, List<StoryEvent> out) {
        String to = "s-" + groups.leave().get(0).id();
        if (state.story(to) != null) {
            return story.id(); // that article's own story was merged into this one: its id stays a redirect
        }
        int leaving = groups.leave().size();
        StorySketch keep = StorySplit.sketchOf(story.id(), groups.keep(), story.articles() - leaving, config.sketchTerms())
                .apartFrom(to);
        StorySketch leave = StorySplit.sketchOf(to, groups.leave(), leaving, config.sketchTerms()).apartFrom(story.id());
        putLive(keep, story);
        putLive(leave, null);
        List<String> moved = groups.leave().stream().map(StorySketch.Member::id).toList();
        for (String id : moved) {
            ArticleEntry e = state.article(id);
            if (e != null) {
                state.putArticle(new ArticleEntry(e.id(), to, e.time(), e.duplicateOf(), e.signature()));
            }
        }
        out.add(StoryEvent.split(story.id(), to, moved));
        return moved.contains(current) ? to : story.id();
    }

    /** The article as a member of a story that may split, or null when splits are off. */
    private StorySketch.Member member(CleanArticle article, long time, long published, TermVector vector,
                                      long[] rareNames) {
        return config.splitMembers() <= 0 ? null
                : StorySplit.member(article.id(), article.article().source(), time, published, vector, rareNames);
    }

    private record Scored(StorySketch sketch, double score) {
    }

    private StorySketch mergeInto(StorySketch absorbed, StorySketch survivor, long time, List<StoryEvent> out) {
        out.add(StoryEvent.merge(absorbed.id(), survivor.id()));
        StorySketch merged = survivor.absorb(absorbed, config.sketchTerms(), config.splitMembers());
        live.remove(absorbed.id());
        index.remove(absorbed.id());
        nameIndex.remove(absorbed.id());
        storyExpiry.remove(expiryOf(absorbed));
        StorySketch redirect = StorySketch.redirect(absorbed.id(), survivor.id(), Math.max(time, absorbed.lastTime()));
        state.putStory(redirect);
        redirects.put(absorbed.id(), survivor.id());
        storyExpiry.add(expiryOf(redirect));
        putLive(merged, survivor);
        return merged;
    }

    /**
     * Whether the article carries its own publication time. Ingest fills a missing one with the ingest time (then
     * {@code published} equals {@code ingested}); such an article is placed at the latest known publication time
     * and its similarity is not damped by time.
     */
    static boolean timeKnown(CleanArticle article) {
        var a = article.article();
        return a.published() != null && !a.published().equals(a.ingested());
    }

    private static double weightOf(TermVector v, long term) {
        int i = Arrays.binarySearch(v.terms(), term);
        return i < 0 ? 0 : v.weights()[i];
    }

    private void putLive(StorySketch s, StorySketch previous) {
        if (previous != null) {
            storyExpiry.remove(expiryOf(previous));
        }
        storyExpiry.add(expiryOf(s));
        live.put(s.id(), s);
        state.putStory(s);
        index.put(s.id(), s.centroid().heaviest(config.queryTerms()));
        nameIndex.put(s.id(), s.names());
    }

    /**
     * When a story closes: {@code story-ttl} after its latest article, or {@code name-ttl} when it names a person
     * that was rare when named (such a story can still take a follow-up months later); redirects use the story TTL.
     */
    private Expiry expiryOf(StorySketch s) {
        boolean named = s.mergedInto() == null && s.names().length > 0;
        long ttl = named ? Math.max(config.storyTtl().toMillis(), config.nameTtl().toMillis()) : config.storyTtl().toMillis();
        return new Expiry(s.lastTime() + ttl, s.id());
    }

    /** Counts a duplicate into its story (activity time, member count) without changing the centroid. */
    private void touch(String story, long time, long published) {
        StorySketch s = live.get(story);
        if (s == null) {
            return;
        }
        StorySketch updated = s.plus(time, published, null, new long[0]);
        storyExpiry.remove(expiryOf(s));
        storyExpiry.add(expiryOf(updated));
        live.put(updated.id(), updated);
        state.putStory(updated);
    }

    /** The live story {@code story} has become through merges, or null when it has expired. */
    String resolve(String story) {
        String s = story;
        for (int i = 0; i < 64 && s != null; i++) {
            if (live.containsKey(s)) {
                return s;
            }
            s = redirects.get(s);
        }
        return null;
    }

    /** Drops stories past their expiry (see {@link #expiryOf}) and articles older than the duplicate window. */
    private void expire() {
        while (!storyExpiry.isEmpty() && storyExpiry.first().time() < streamTime) {
            Expiry e = storyExpiry.pollFirst();
            live.remove(e.id());
            redirects.remove(e.id());
            index.remove(e.id());
            nameIndex.remove(e.id());
            state.deleteStory(e.id());
        }
        long articleCut = streamTime - config.duplicateWindow().toMillis();
        while (!articleExpiry.isEmpty() && articleExpiry.first().time() < articleCut) {
            Expiry e = articleExpiry.pollFirst();
            ArticleEntry a = state.article(e.id());
            if (a != null && a.signature() != null) {
                duplicates.remove(a.id(), MinHash.bandKeys(a.signature(), BAND_ROWS));
            }
            state.deleteArticle(e.id());
        }
    }
}
