package org.wirefold.processor.story;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.wirefold.common.config.ConfigException;
import org.wirefold.common.config.ConfigKey;
import org.wirefold.common.config.WirefoldConfig;

/**
 * Settings of the story clustering stage ({@code wirefold.cluster.*}).
 *
 * @param storyTtl          a story no article joined for this long (stream time) is closed and its state dropped
 * @param duplicateWindow   how long an article's near-duplicate signature and story link are kept
 * @param joinThreshold     least similarity (after the time factor) for an article to join a story
 * @param singleJoinThreshold the same for a story of one article: an article meets another article's own vector
 *                          lower than a centroid of several reports, which adds up their shared words
 * @param mergeThreshold    least similarity of an article to a second story for that story to be merged in
 * @param nearDuplicate     least estimated word-shingle Jaccard for a near duplicate
 * @param timeScale         similarity halves per this much time between an article and a story's latest article
 * @param queryTerms        top-weighted article terms used to look up candidate stories
 * @param sketchTerms       terms kept per story centroid
 * @param postingLimit      stories kept per term in the candidate index (most recently active first)
 * @param termBuckets       hashed buckets of the document-frequency table (a power of two)
 * @param ageConflict       similarity factor when article and story both name ages of persons and share none
 * @param nameBonus         similarity added when article and story name the same rare person
 * @param nameTimeFloor     least time factor for a story naming the same rare person as the article
 * @param rareNameShare     a person name is rare while at most 1 + this share of all articles seen mention it
 * @param nameTtl           a story that names a rare person stays open this long after its latest article
 * @param reorderGrace      articles wait this long so that they are clustered in ingest order (zero: no wait)
 * @param nameOwnArticles   a story's own articles count this much towards the rarity allowance of a person name it
 *                          shares with an article (0 = off): a name its own coverage made frequent stays rare for it
 * @param nameOwnMaxShare   ... but only while at most this share of all articles seen mention the name
 * @param unechoedBody      weight of a body's terms when the body repeats none of the headline's words (1 = off)
 * @param splitMembers      a story is checked for a split into two events while it has at most this many own
 *                          articles (0 = off; see {@link StorySplit})
 * @param namedDates        an article that names at most this many distinct past dates, one of them the first day of
 *                          a story, is not damped by time against that story (0 = off; a timeline names more)
 * @param dateBonus         similarity added when such an article comes more than {@code timeScale} after the
 *                          story's latest article (a follow-up weeks or months later)
 * @param singleMergeThreshold least similarity of an article to a further candidate story of one article for that
 *                          story to be merged in (the article bridges the two)
 * @param singleMergeWarmUp articles the stream must have seen before {@code singleMergeThreshold} applies (before,
 *                          {@code mergeThreshold} does): the online IDF of a young stream is noise
 * @param singleMergeMaxArticles {@code singleMergeThreshold} applies only when the story the article joins has at most
 *                          this many articles: a broad story's centroid is close to many reports, so a bridge into it
 *                          is weak evidence
 * @param followUpTimeFloor least time factor for an article whose headline tells a legal step (charged, sentenced,
 *                          ...): it reports on an earlier event
 * @param splitGap          a story's best two-way split is also taken when its two sides began at least this far apart
 *                          in publication time, checked at every own article (zero = off; see {@link StorySplit})
 * @param agedNames         also read person names introduced with an age ("Name, 24," / "24-year-old Name") as
 *                          rare-name evidence ({@link org.wirefold.processor.facts.AgedNames})
 * @param gapSplitNames     a story is not split by {@code splitGap} when its two sides name the same rare person
 */
public record ClusterConfig(Duration storyTtl, Duration duplicateWindow, double joinThreshold,
                            double singleJoinThreshold, double mergeThreshold,
                            double nearDuplicate, Duration timeScale, int queryTerms, int sketchTerms, int postingLimit,
                            int termBuckets, double ageConflict, double nameBonus, double nameTimeFloor,
                            double rareNameShare, Duration nameTtl, Duration reorderGrace, double nameOwnArticles,
                            double nameOwnMaxShare, double unechoedBody, int splitMembers, int namedDates,
                            double dateBonus, double singleMergeThreshold, int singleMergeWarmUp,
                            int singleMergeMaxArticles,
                            double followUpTimeFloor, Duration splitGap, boolean agedNames, boolean gapSplitNames) {

    private static final String P = "wirefold.cluster.";
    public static final ConfigKey STORY_TTL = ConfigKey.optional(P + "story-ttl", "90d",
            "Close a story after this much stream time without a new article (e.g. 30d, 12h)");
    public static final ConfigKey DUPLICATE_WINDOW = ConfigKey.optional(P + "duplicate-window", "14d",
            "Keep an article's near-duplicate signature this long (stream time)");
    public static final ConfigKey JOIN_THRESHOLD = ConfigKey.optional(P + "join-threshold", "0.10",
            "Least TF-IDF similarity (after the time factor) for an article to join an existing story");
    public static final ConfigKey SINGLE_JOIN_THRESHOLD = ConfigKey.optional(P + "single-join-threshold", "0.085",
            "Least similarity for an article to join a story of one article (two articles meet lower than an article and a story of several)");
    public static final ConfigKey MERGE_THRESHOLD = ConfigKey.optional(P + "merge-threshold", "0.25",
            "Least similarity of an article to a second story for the two stories to merge");
    public static final ConfigKey NEAR_DUPLICATE = ConfigKey.optional(P + "near-duplicate", "0.75",
            "Least estimated 5-word-shingle Jaccard for a near duplicate");
    public static final ConfigKey TIME_SCALE = ConfigKey.optional(P + "time-scale", "7d",
            "Similarity halves per this much time between an article and the story's latest article");
    public static final ConfigKey QUERY_TERMS = ConfigKey.optional(P + "query-terms", "20",
            "Top-weighted terms of an article used to look up candidate stories");
    public static final ConfigKey SKETCH_TERMS = ConfigKey.optional(P + "sketch-terms", "80",
            "Terms kept per story centroid");
    public static final ConfigKey POSTING_LIMIT = ConfigKey.optional(P + "posting-limit", "400",
            "Most recently active stories kept per term in the candidate index (bounds cost per article)");
    public static final ConfigKey TERM_BUCKETS = ConfigKey.optional(P + "term-buckets", "1048576",
            "Hashed buckets of the online document-frequency table (power of two; bounds its size)");

    public static final ConfigKey AGE_CONFLICT = ConfigKey.optional(P + "age-conflict", "0.5",
            "Similarity factor when the article and the story both give ages of persons and share none (1 = off)");

    public static final ConfigKey NAME_BONUS = ConfigKey.optional(P + "name-bonus", "0.05",
            "Similarity added when the article and the story name the same rare person (0 = off)");
    public static final ConfigKey NAME_TIME_FLOOR = ConfigKey.optional(P + "name-time-floor", "0.5",
            "Least time factor for a story that names the same rare person as the article");
    public static final ConfigKey RARE_NAME_SHARE = ConfigKey.optional(P + "rare-name-share", "0.003",
            "A person name counts as rare while at most 1 + this share of the articles seen mention it");
    public static final ConfigKey NAME_TTL = ConfigKey.optional(P + "name-ttl", "730d",
            "Keep a story that names a rare person open this long after its latest article (follow-ups, trials)");

    public static final ConfigKey NAME_OWN_ARTICLES = ConfigKey.optional(P + "name-own-articles", "1",
            "A story's own articles count this much towards the rarity allowance of a person name it shares with an article (0 = off)");
    public static final ConfigKey NAME_OWN_MAX_SHARE = ConfigKey.optional(P + "name-own-max-share", "0.05",
            "The story's own articles count towards a name's rarity only while at most this share of the articles seen mention it");

    public static final ConfigKey UNECHOED_BODY = ConfigKey.optional(P + "unechoed-body", "0.3",
            "Weight of the body's terms when the body repeats none of the headline's words (page furniture, another story; 1 = off)");

    public static final ConfigKey SPLIT_MEMBERS = ConfigKey.optional(P + "split-members", "8",
            "Check a story of at most this many own articles for a split into two events covered by the same outlets (0 = off)");

    public static final ConfigKey NAMED_DATES = ConfigKey.optional(P + "named-dates", "5",
            "An article naming at most this many past dates (\"on April 28\"), one of them a story's first day, is not damped by time against that story (0 = off)");

    public static final ConfigKey DATE_BONUS = ConfigKey.optional(P + "date-bonus", "0.03",
            "Similarity added when an article naming a story's first day comes more than time-scale after the story's latest article");

    public static final ConfigKey SINGLE_MERGE_THRESHOLD = ConfigKey.optional(P + "single-merge-threshold", "0.13",
            "Least similarity of an article to a further candidate story of one article for that story to merge with the one the article joins");
    public static final ConfigKey SINGLE_MERGE_WARM_UP = ConfigKey.optional(P + "single-merge-warm-up", "200",
            "Articles the stream must have seen before single-merge-threshold applies (before that, merge-threshold does)");

    public static final ConfigKey SINGLE_MERGE_MAX_ARTICLES = ConfigKey.optional(P + "single-merge-max-articles", "200",
            "single-merge-threshold applies only when the story the article joins has at most this many articles (a broad story is close to many reports)");

    public static final ConfigKey FOLLOW_UP_TIME_FLOOR = ConfigKey.optional(P + "follow-up-time-floor", "0.35",
            "Least time factor for an article whose headline tells a legal step (charged, pleads, sentenced, trial, ...; 0 = off)");

    public static final ConfigKey SPLIT_GAP = ConfigKey.optional(P + "split-gap", "7d",
            "Also split a story in two when the two sides of its best split began this far apart in publication time, checked at every own article (0s = off)");

    public static final ConfigKey AGED_NAMES = ConfigKey.optional(P + "aged-names", "true",
            "Also read person names introduced with an age (\"Name, 24,\", \"24-year-old Name\") as rare-name evidence (false = off)");

    public static final ConfigKey GAP_SPLIT_NAMES = ConfigKey.optional(P + "gap-split-names", "true",
            "Do not split a story by split-gap when its two sides name the same rare person (false = off)");

    public static final ConfigKey REORDER_GRACE = ConfigKey.optional(P + "reorder-grace", "2s",
            "Hold articles this long so that articles interleaved by parallel partitions are clustered in ingest order (0s = off)");

    public static final List<ConfigKey> KEYS = List.of(STORY_TTL, DUPLICATE_WINDOW, JOIN_THRESHOLD,
            SINGLE_JOIN_THRESHOLD, MERGE_THRESHOLD, NEAR_DUPLICATE, TIME_SCALE, QUERY_TERMS, SKETCH_TERMS, POSTING_LIMIT,
            TERM_BUCKETS, AGE_CONFLICT, NAME_BONUS, NAME_TIME_FLOOR, RARE_NAME_SHARE, NAME_TTL, REORDER_GRACE,
            NAME_OWN_ARTICLES, NAME_OWN_MAX_SHARE, UNECHOED_BODY, SPLIT_MEMBERS, NAMED_DATES, DATE_BONUS,
            SINGLE_MERGE_THRESHOLD, SINGLE_MERGE_WARM_UP, SINGLE_MERGE_MAX_ARTICLES, FOLLOW_UP_TIME_FLOOR, SPLIT_GAP, AGED_NAMES, GAP_SPLIT_NAMES);

    public ClusterConfig {
        if (Integer.bitCount(termBuckets) != 1) {
            throw new ConfigException("'" + TERM_BUCKETS.name() + "' must be a power of two, got " + termBuckets);
        }
    }

    /** The defaults of {@link #KEYS}. */
    public static ClusterConfig defaults() {
        return from(WirefoldConfig.of(java.util.Map.of()));
    }

    /** Reads {@code wirefold.cluster.*}, falling back to the defaults for missing keys. */
    public static ClusterConfig from(WirefoldConfig config) {
        return new ClusterConfig(duration(config, STORY_TTL), duration(config, DUPLICATE_WINDOW),
                number(config, JOIN_THRESHOLD), number(config, SINGLE_JOIN_THRESHOLD), number(config, MERGE_THRESHOLD),
                number(config, NEAR_DUPLICATE),
                duration(config, TIME_SCALE), (int) number(config, QUERY_TERMS), (int) number(config, SKETCH_TERMS),
                (int) number(config, POSTING_LIMIT), (int) number(config, TERM_BUCKETS), number(config, AGE_CONFLICT),
                number(config, NAME_BONUS), number(config, NAME_TIME_FLOOR), number(config, RARE_NAME_SHARE),
                duration(config, NAME_TTL), duration(config, REORDER_GRACE), number(config, NAME_OWN_ARTICLES),
                number(config, NAME_OWN_MAX_SHARE), number(config, UNECHOED_BODY), (int) number(config, SPLIT_MEMBERS),
                (int) number(config, NAMED_DATES), number(config, DATE_BONUS), number(config, SINGLE_MERGE_THRESHOLD),
                (int) number(config, SINGLE_MERGE_WARM_UP), (int) number(config, SINGLE_MERGE_MAX_ARTICLES),
                number(config, FOLLOW_UP_TIME_FLOOR),
                duration(config, SPLIT_GAP), flag(config, AGED_NAMES), flag(config, GAP_SPLIT_NAMES));
    }

    private static boolean flag(WirefoldConfig config, ConfigKey key) {
        String v = config.get(key.name(), key.defaultValue()).strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException("Invalid value for '" + key.name() + "': '" + v + "' is not true or false");
        };
    }


    private static double number(WirefoldConfig config, ConfigKey key) {
        String v = config.get(key.name(), key.defaultValue()).strip();
        try {
            return Double.parseDouble(v);
        } catch (NumberFormatException e) {
            throw new ConfigException("Invalid value for '" + key.name() + "': '" + v + "' is not a number");
        }
    }

    /** Parses {@code 30d}, {@code 12h}, {@code 45m}, {@code 10s} or ISO-8601 ({@code P30D}). */
    static Duration duration(WirefoldConfig config, ConfigKey key) {
        String v = config.get(key.name(), key.defaultValue()).strip().toLowerCase(Locale.ROOT);
        try {
            if (v.startsWith("p")) {
                return Duration.parse(v.toUpperCase(Locale.ROOT));
            }
            long n = Long.parseLong(v.substring(0, v.length() - 1));
            return switch (v.charAt(v.length() - 1)) {
                case 'd' -> Duration.ofDays(n);
                case 'h' -> Duration.ofHours(n);
                case 'm' -> Duration.ofMinutes(n);
                case 's' -> Duration.ofSeconds(n);
                default -> throw new NumberFormatException(v);
            };
        } catch (RuntimeException e) {
            throw new ConfigException("Invalid value for '" + key.name() + "': '" + v + "' is not a duration like 30d, 12h or P30D");
        }
    }
}
