package org.wirefold.ingest.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding it, so that every line can be
 * decoded strictly on its own and one bad byte costs one line only. A line longer than {@code maxLineBytes} keeps
 * its first {@code maxLineBytes} bytes (the rest is skipped, its full length remembered), so memory stays bounded.
 * A UTF-8 byte order mark at the start is dropped.
 */
public final class LineReader {
    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buf = new byte[64 * 1024];
    private int pos;
    private int limit;
    private long consumed;
    private int number;

    /**
     * One line, without its terminator.
     *
     * @param number 1-based line number
     * @param bytes  the line's bytes, at most the reader's limit
     * @param length the line's full length in bytes (greater than {@code bytes.length} when cut)
     */
    public record Line(int number, byte[] bytes, long length) {
        /** True when the line was longer than the reader keeps. */
        public boolean truncated() {
            return length > bytes.length;
        }

        /** True when the line is empty or only ASCII whitespace. */
        public boolean blank() {
            for (byte b : bytes) {
                if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != 0x0B) {
                    return false;
                }
            }
            return !truncated();
        }

        /** Strict UTF-8 decoding ({@link CodingErrorAction#REPORT}). */
        public Decoded decode() {
            return LineReader.decode(bytes);
        }

        /** Lenient decoding: invalid sequences become U+FFFD. For payload previews. */
        public String lenient() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    /**
     * Result of strict decoding.
     *
     * @param text          the text, or null when the bytes are not valid UTF-8
     * @param invalidOffset byte offset of the first invalid sequence, or -1
     */
    public record Decoded(String text, int invalidOffset) {
        public boolean ok() {
            return text != null;
        }
    }

    public LineReader(InputStream in, int maxLineBytes) {
        if (maxLineBytes < 1) {
            throw new IllegalArgumentException("maxLineBytes must be positive: " + maxLineBytes);
        }
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line, or null at the end of input. */
    public Line next() throws IOException {
        byte[] line = new byte[128];
        int kept = 0;
        long length = 0;
        boolean any = false;
        while (true) {
            if (pos >= limit && !fill()) {
                break;
            }
            any = true;
            int nl = -1;
            for (int i = pos; i < limit; i++) {
                if (buf[i] == '\n') {
                    nl = i;
                    break;
                }
            }
            int end = nl < 0 ? limit : nl;
            int n = end - pos;
            int keep = (int) Math.min(n, Math.max(0, maxLineBytes - kept));
            if (keep > 0) {
                if (kept + keep > line.length) {
                    line = Arrays.copyOf(line, Math.min(maxLineBytes, Math.max(kept + keep, line.length * 2)));
                }
                System.arraycopy(buf, pos, line, kept, keep);
                kept += keep;
            }
            length += n;
            int step = nl < 0 ? n : n + 1;
            consumed += step;
            pos += step;
            if (nl >= 0) {
                break;
            }
        }
        if (!any) {
            return null;
        }
        number++;
        int from = 0;
        if (number == 1 && kept >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            from = 3;
            length -= 3;
        }
        if (kept > from && kept == length + from && line[kept - 1] == '\r') {
            kept--;
            length--;
        }
        return new Line(number, Arrays.copyOfRange(line, from, kept), length);
    }

    /** Bytes consumed so far, terminators included. */
    public long bytesRead() {
        return consumed;
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    /** Decodes strictly; reports the byte offset of the first malformed or unmappable sequence. */
    public static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Decoded(null, in.position());
        }
        out.flip();
        return new Decoded(out.toString(), -1);
    }
}
