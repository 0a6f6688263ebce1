package org.wirefold.common;

import java.util.List;

/**
 * Every topic, state store and topology step name in Wirefold, in one place, kebab-case.
 * {@code topology.describe()} and the broker's topic list read like the design because of these.
 */
public final class Names {
    private Names() {
    }

    /** Kafka topics. Producers and consumers in every service use these constants only. */
    public static final class Topics {
        /** Articles as published by ingest, keyed by article id; value: JSON {@code Article}. */
        public static final String RAW_ARTICLES = "raw-articles";
        /** Rejected input from every stage, keyed like its input; value: JSON {@code DeadLetter}, reason also in headers. */
        public static final String DEAD_LETTER = "dead-letter";
        /** One outcome per input article (story, duplicate of, status, facts), keyed by article id. */
        public static final String ARTICLE_RESULTS = "article-results";
        /** Processor output: the consolidated story after every change, keyed by story id. Read by the sink. */
        public static final String STORY_UPDATES = "story-updates";
        /** Sink output, compacted: the latest public story document per story id. */
        public static final String STORY_STATE = "story-state";
        /** Sink output: one record per change of a consolidated fact, keyed by story id. */
        public static final String FACT_UPDATES = "fact-updates";
        /** Processor-internal loop: the aggregate of a story merged away, keyed by the story it joins. */
        public static final String STORY_MERGES = "story-merges";

        /** Topics Wirefold creates (Kafka Streams creates its own repartition and changelog topics). */
        public static final List<String> ALL =
                List.of(RAW_ARTICLES, DEAD_LETTER, ARTICLE_RESULTS, STORY_UPDATES, STORY_MERGES, STORY_STATE, FACT_UPDATES);
        /** Topics created with {@code cleanup.policy=compact}. */
        public static final List<String> COMPACTED = List.of(STORY_STATE);

        private Topics() {
        }
    }

    /** Kafka Streams application ids (consumer groups, prefixes of internal topics). */
    public static final class Apps {
        public static final String PROCESSOR = "wirefold-processor";
        public static final String SINK = "wirefold-sink";

        private Apps() {
        }
    }

    /** State stores (each backed by a changelog topic). */
    public static final class Stores {
        /** Exact de-duplication: normalised-content hash to first article id; windowed, bounded by retention. */
        public static final String CONTENT_HASHES = "content-hash-store";
        /** Per-story aggregate: members, facts per article, consolidated facts, people. */
        public static final String STORY_AGGREGATES = "story-aggregate-store";
        /** Sink: last published document per story, to publish fact changes only. */
        public static final String PUBLISHED_STORIES = "published-story-store";
        // Story clustering stores are declared by org.wirefold.processor.story and named here:
        /** Clustering: articles held back for a short grace so they are clustered in ingest order. */
        public static final String CLUSTERING_BUFFER = "clustering-buffer-store";
        /** Clustering: article id to story id, near-duplicate signatures, for duplicates of recent articles. */
        public static final String ARTICLE_INDEX = "article-index-store";
        /** Clustering: story sketches (term vector, entities, time), the source the in-memory index is rebuilt from. */
        public static final String STORY_SKETCHES = "story-sketch-store";
        /** Clustering: document frequencies learned online from the stream. */
        public static final String TERM_STATS = "term-stats-store";

        private Stores() {
        }
    }

    /** Topology step (processor) names and repartition names, as {@code topology.describe()} shows them. */
    public static final class Steps {
        public static final String READ_RAW = "read-raw-articles";
        public static final String VALIDATE = "validate";
        public static final String VALID_BRANCH = "valid";
        public static final String REJECTED_BRANCH = "rejected";
        public static final String TO_DEAD_LETTER = "to-dead-letter";
        public static final String EXTRACT = "clean-and-extract";
        public static final String BY_CONTENT_HASH = "by-content-hash";
        public static final String DEDUP_EXACT = "dedup-exact";
        public static final String TO_CLUSTERING = "clustering-input";
        public static final String CLUSTER = "cluster-stories";
        public static final String BY_STORY = "by-story";
        public static final String AGGREGATE = "aggregate-story";
        public static final String READ_MERGES = "read-story-merges";
        public static final String TO_STORY_MERGES = "to-story-merges";
        public static final String TO_STORY_UPDATES = "to-story-updates";
        public static final String TO_ARTICLE_RESULTS = "to-article-results";
        public static final String PUBLISH = "publish-story";
        public static final String TO_STORY_STATE = "to-story-state";
        public static final String TO_FACT_UPDATES = "to-fact-updates";

        private Steps() {
        }
    }

    /** Header names carried by dead-letter records. */
    public static final class Headers {
        public static final String REASON = "wirefold.reason";
        public static final String STAGE = "wirefold.stage";
        public static final String ORIGIN = "wirefold.origin";

        private Headers() {
        }
    }
}
