package org.wirefold.ingest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import org.wirefold.ingest.source.ParsedRecord;
import org.wirefold.ingest.source.RejectReason;

/** Counters of one {@link Ingestor#ingest} call, updated from the reading thread and from producer callbacks. */
final class Run {
    /** Records read; reading thread only. */
    long read;
    final AtomicLong published = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final ConcurrentLinkedQueue<ParsedRecord.Rejected> brokerRejections = new ConcurrentLinkedQueue<>();
    private final Map<String, LongAdder> rejected = new ConcurrentHashMap<>();
    private long inFlight;

    void rejected(RejectReason reason) {
        rejected.computeIfAbsent(reason.code(), k -> new LongAdder()).increment();
    }

    synchronized void sending() {
        inFlight++;
    }

    synchronized void sent() {
        inFlight--;
        if (inFlight == 0) {
            notifyAll();
        }
    }

    synchronized long inFlight() {
        return inFlight;
    }

    /** Waits until every callback has run (after a flush they all have, or are about to). */
    synchronized void awaitCallbacks(long timeoutMillis) {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        long left = timeoutMillis;
        while (inFlight > 0 && left > 0) {
            try {
                wait(left);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            left = deadline - System.currentTimeMillis();
        }
    }

    IngestReport report() {
        Map<String, Long> byReason = new TreeMap<>();
        rejected.forEach((reason, n) -> byReason.put(reason, n.sum()));
        long total = byReason.values().stream().mapToLong(Long::longValue).sum();
        return new IngestReport(read, published.get(), total, byReason, failed.get());
    }
}
