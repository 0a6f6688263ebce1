package org.wirefold.ingest.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressMeterTest {
    private static final long MS = 1_000_000L;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong nanos = new AtomicLong(1_000 * MS);

    private String printed() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private long draws() {
        return printed().chars().filter(c -> c == '\r').count();
    }

    @Test
    void shouldRedrawAtMostTwiceASecond() {
        ProgressMeter meter = new ProgressMeter(out, true, nanos::get);
        meter.start(1_000);
        nanos.addAndGet(100 * MS);
        meter.update(10, 100);
        assertEquals(0, draws());
        nanos.addAndGet(500 * MS);
        meter.update(60, 600);
        assertEquals(1, draws());
        nanos.addAndGet(300 * MS);
        meter.update(90, 900);
        assertEquals(1, draws());
        nanos.addAndGet(300 * MS);
        meter.update(100, 1_000);
        assertEquals(2, draws());
        assertTrue(printed().contains("ingest: 100 records"), printed());
    }

    @Test
    void shouldPrintNothingWhenDisabledExceptMessages() {
        ProgressMeter meter = new ProgressMeter(out, false, nanos::get);
        meter.start(-1);
        nanos.addAndGet(10_000 * MS);
        meter.update(5, 50);
        meter.clear();
        assertEquals("", printed());
        meter.println("feed.jsonl:3: malformed JSON: x");
        assertEquals("feed.jsonl:3: malformed JSON: x" + System.lineSeparator(), printed());
    }

    @Test
    void shouldEraseStatusLineBeforeAMessage() {
        ProgressMeter meter = new ProgressMeter(out, true, nanos::get);
        meter.start(-1);
        nanos.addAndGet(600 * MS);
        meter.update(3, 30);
        meter.println("warning: x");
        String s = printed();
        String status = s.substring(1, s.indexOf("\r", 1));
        assertTrue(status.startsWith("ingest: 3 records"), s);
        assertTrue(s.endsWith("\r" + " ".repeat(status.length()) + "\rwarning: x" + System.lineSeparator()), s);
    }

    @Test
    void shouldShowPercentAndTimeLeftWhenSizeIsKnown() {
        ProgressMeter meter = new ProgressMeter(out, true, nanos::get);
        meter.start(4 * 1024 * 1024);
        String line = meter.line(2_000, 2 * 1024 * 1024, 10_000 * MS);
        assertEquals("ingest: 2,000 records, 200/s, 50% of 4.0 MiB, 0:10 left", line);
    }

    @Test
    void shouldShowBytesReadWhenSizeIsUnknown() {
        ProgressMeter meter = new ProgressMeter(out, true, nanos::get);
        meter.start(-1);
        assertEquals("ingest: 30 records, 10/s, 1.5 KiB read", meter.line(30, 1536, 3_000 * MS));
    }

    @Test
    void shouldStayQuietInCi() {
        assertFalse(ProgressMeter.interactive("true"));
        assertFalse(ProgressMeter.interactive("TRUE"));
    }
}
