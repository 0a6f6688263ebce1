package org.wirefold.processor.story;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.wirefold.processor.model.CleanArticle;

/**
 * Holds articles back for a short grace and hands them on in ingest order ({@code ingested}, then article id).
 *
 * <p>Upstream steps run on several partitions in parallel, so articles reach the single clustering partition
 * interleaved: a re-send can arrive before its original, a follow-up before its first report. Kept in a changelogged
 * store keyed by ingest time, an article is released once an article ingested {@code grace} later has arrived, or
 * when nothing new has arrived for {@code grace} of wall-clock time (the end of a feed). Articles further out of
 * order than the grace are released at once, in arrival order. A grace of zero passes articles straight through.
 */
final class ReorderBuffer {
    /** An article with the timestamp of the record that brought it. */
    record Held(CleanArticle article, long timestamp) {
    }

    private final KeyValueStore<String, Held> store;
    private final LongConsumer size;
    private long held;
    private final long graceMicros;
    private final long graceMillis;
    private long watermark = Long.MIN_VALUE; // latest ingest time seen, epoch µs
    private long lastArrival = Long.MIN_VALUE; // wall clock, epoch ms

    /** @param size told the number of held articles after every change (a metric) */
    ReorderBuffer(KeyValueStore<String, Held> store, Duration grace, LongConsumer size) {
        this.store = store;
        this.size = size;
        this.graceMillis = grace.toMillis();
        this.graceMicros = graceMillis * 1000;
        try (KeyValueIterator<String, Held> it = store.reverseAll()) { // after a restart: the latest ingest time held
            if (it.hasNext()) {
                watermark = micros(it.next().value.article());
            }
        }
        try (KeyValueIterator<String, Held> it = store.all()) {
            while (it.hasNext()) {
                it.next();
                held++;
            }
        }
        size.accept(held);
    }

    /** Takes an article in; passes on, in order, every held article now due. */
    void add(CleanArticle article, long timestamp, long wallClock, Consumer<Held> release) {
        if (graceMillis == 0) {
            release.accept(new Held(article, timestamp));
            return;
        }
        lastArrival = wallClock;
        long t = micros(article);
        watermark = Math.max(watermark, t);
        if (store.get(key(t, article.id())) == null) {
            held++;
        }
        store.put(key(t, article.id()), new Held(article, timestamp));
        size.accept(held);
        releaseUpTo(watermark - graceMicros, release);
    }

    /**
     * Releases everything when no article has arrived for the grace (wall clock): the end of a burst or a feed. After
     * a start the grace counts from the first call, so articles held when the task stopped go on without new input.
     */
    void idle(long wallClock, Consumer<Held> release) {
        if (lastArrival == Long.MIN_VALUE) {
            lastArrival = wallClock;
        }
        if (wallClock - lastArrival >= graceMillis) {
            releaseUpTo(Long.MAX_VALUE, release);
        }
    }

    private void releaseUpTo(long micros, Consumer<Held> release) {
        List<KeyValue<String, Held>> due = new ArrayList<>();
        try (KeyValueIterator<String, Held> it = store.all()) {
            while (it.hasNext()) {
                KeyValue<String, Held> kv = it.next();
                if (micros(kv.value.article()) > micros) {
                    break;
                }
                due.add(kv);
            }
        }
        for (KeyValue<String, Held> kv : due) {
            store.delete(kv.key);
            held--;
            release.accept(kv.value);
        }
        if (!due.isEmpty()) {
            size.accept(held);
        }
    }

    /** Ingest time in epoch µs; an article without one sorts first. */
    private static long micros(CleanArticle article) {
        return Math.max(0, article.ingestedMicros(0));
    }

    /** Sortable key: zero-padded ingest time, then id. */
    static String key(long micros, String id) {
        return String.format(Locale.ROOT, "%019d|%s", micros, id);
    }
}
