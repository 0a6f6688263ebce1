package org.wirefold.ingest;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one {@link Ingestor#ingest} call.
 *
 * @param read             input records read (articles and bad records; blank lines are not records)
 * @param published        articles acknowledged by the broker on {@code raw-articles}
 * @param rejected         bad input records, all sent to {@code dead-letter}
 * @param rejectedByReason {@code rejected} by reason code ({@code malformed-json}, …), sorted
 * @param failed           sends that failed: good articles not published plus dead letters not written
 */
public record IngestReport(long read, long published, long rejected, Map<String, Long> rejectedByReason, long failed) {

    public IngestReport {
        rejectedByReason = Map.copyOf(rejectedByReason);
    }

    /** True when every good article was published and every dead letter written. */
    public boolean ok() {
        return failed == 0;
    }

    /** A few lines for people: read, published, rejected by reason, failed. */
    public String summary() {
        StringBuilder sb = new StringBuilder();
        sb.append("read ").append(read).append(", published ").append(published).append(", rejected ").append(rejected);
        if (failed > 0) {
            sb.append(", FAILED ").append(failed);
        }
        sb.append('\n');
        new TreeMap<>(rejectedByReason).forEach((reason, n) ->
                sb.append("  rejected ").append(reason).append(": ").append(n).append('\n'));
        return sb.toString();
    }
}
