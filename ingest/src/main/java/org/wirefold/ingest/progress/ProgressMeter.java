package org.wirefold.ingest.progress;

import java.io.Console;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One self-overwriting status line ({@code \r}) for a long ingest: records, rate, and, when the input size is known,
 * percent done and time left. Redrawn at most twice a second; prints nothing at all when disabled (not a terminal,
 * or {@code CI=true}). Thread-safe; other messages for the same stream go through {@link #println} so they never mix with the status
 * line.
 */
public final class ProgressMeter {
    static final long INTERVAL_NANOS = 500_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final LongSupplier nanoTime;
    private long start;
    private long lastDraw;
    private long total = -1;
    private int shown;

    /**
     * @param out      where to draw (stderr)
     * @param enabled  false to stay silent
     * @param nanoTime monotonic clock, {@code System::nanoTime} outside tests
     */
    public ProgressMeter(PrintStream out, boolean enabled, LongSupplier nanoTime) {
        this.out = out;
        this.enabled = enabled;
        this.nanoTime = nanoTime;
    }

    /** Progress on {@code out} when stderr is an interactive terminal and {@code CI} is not {@code true}. */
    public static ProgressMeter forTerminal(PrintStream out) {
        return new ProgressMeter(out, interactive(System.getenv("CI")), System::nanoTime);
    }

    static boolean interactive(String ciEnv) {
        if ("true".equalsIgnoreCase(ciEnv) || "1".equals(ciEnv)) {
            return false;
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            // Java 22+ returns a console even when redirected; isTerminal() tells.
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Starts timing; {@code totalBytes} is -1 when unknown. */
    public synchronized void start(long totalBytes) {
        this.total = totalBytes;
        this.start = nanoTime.getAsLong();
        this.lastDraw = start;
    }

    /** Redraws when the last draw is at least half a second old. */
    public synchronized void update(long records, long bytesRead) {
        if (!enabled) {
            return;
        }
        long now = nanoTime.getAsLong();
        if (now - lastDraw < INTERVAL_NANOS) {
            return;
        }
        lastDraw = now;
        draw(line(records, bytesRead, now - start));
    }

    /** Erases the status line (before printing something else). */
    public synchronized void clear() {
        if (enabled && shown > 0) {
            out.print("\r" + " ".repeat(shown) + "\r");
            out.flush();
            shown = 0;
        }
    }

    /** Prints a message line on the meter's stream, erasing the status line first; it is redrawn on the next update. */
    public synchronized void println(String message) {
        clear();
        out.println(message);
    }

    String line(long records, long bytesRead, long elapsedNanos) {
        double seconds = Math.max(elapsedNanos / 1e9, 1e-3);
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "ingest: %,d records, %,.0f/s", records,
                records / seconds));
        if (total > 0) {
            double fraction = Math.min(1.0, (double) bytesRead / total);
            sb.append(String.format(Locale.ROOT, ", %.0f%% of %s", fraction * 100, bytes(total)));
            if (fraction > 0 && fraction < 1) {
                long left = Math.round(seconds * (1 - fraction) / fraction);
                sb.append(String.format(Locale.ROOT, ", %d:%02d left", left / 60, left % 60));
            }
        } else {
            sb.append(", ").append(bytes(bytesRead)).append(" read");
        }
        return sb.toString();
    }

    private void draw(String line) {
        int pad = Math.max(0, shown - line.length());
        out.print("\r" + line + " ".repeat(pad));
        out.flush();
        shown = line.length();
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024));
    }
}
