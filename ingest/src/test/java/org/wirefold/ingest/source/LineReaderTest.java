package org.wirefold.ingest.source;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineReaderTest {

    private static LineReader reader(byte[] bytes, int max) {
        return new LineReader(new ByteArrayInputStream(bytes), max);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldSplitOnLfAndCrlfAndNumberLines() throws IOException {
        LineReader r = reader(utf8("one\r\ntwo\n\nfour"), 100);
        assertEquals("one", r.next().decode().text());
        LineReader.Line two = r.next();
        assertEquals(2, two.number());
        assertEquals("two", two.decode().text());
        assertTrue(r.next().blank());
        LineReader.Line four = r.next();
        assertEquals(4, four.number());
        assertEquals("four", four.decode().text());
        assertNull(r.next());
        assertEquals(14, r.bytesRead());
    }

    @Test
    void shouldDropByteOrderMarkOnFirstLineOnly() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] input = new byte[bom.length + 2];
        System.arraycopy(bom, 0, input, 0, 3);
        input[3] = 'x';
        input[4] = '\n';
        LineReader r = reader(input, 100);
        assertArrayEquals(utf8("x"), r.next().bytes());
        assertNull(r.next());
    }

    @Test
    void shouldCutLongLinesButReportTheirFullLengthAndContinue() throws IOException {
        LineReader r = reader(utf8("a".repeat(70_000) + "\nshort\n"), 10);
        LineReader.Line longLine = r.next();
        assertTrue(longLine.truncated());
        assertEquals(10, longLine.bytes().length);
        assertEquals(70_000, longLine.length());
        LineReader.Line next = r.next();
        assertFalse(next.truncated());
        assertEquals("short", next.decode().text());
    }

    @Test
    void shouldReportOffsetOfFirstInvalidByte() {
        byte[] bad = {'o', 'k', (byte) 0xC3, '(', 'x'};
        LineReader.Decoded decoded = LineReader.decode(bad);
        assertFalse(decoded.ok());
        assertEquals(2, decoded.invalidOffset());
        assertTrue(LineReader.decode(utf8("café – ünïcode")).ok());
    }
}
