package org.tpidoc.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;

/**
 * Splits a UTF-8 byte stream into lines ({@code \n} or {@code \r\n}), in constant memory: one read
 * buffer and one line buffer that grows up to the line limit. A byte-order mark at the start is
 * skipped.
 */
final class LineSource {

    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[CHUNK];
    private int position;
    private int limit;
    private boolean endOfInput;
    private boolean started;
    private byte[] line = new byte[8 * 1024];
    private int length;
    private long number;

    /** Lines of {@code in}, each at most {@code maxLineBytes} long. */
    LineSource(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /**
     * Advances to the next line.
     *
     * @return false at the end of the input
     * @throws SessionReadException if the line is longer than the limit
     */
    boolean next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position >= limit && !fill()) {
                if (!any) {
                    return false;
                }
                break;
            }
            any = true;
            int end = position;
            while (end < limit && chunk[end] != '\n') {
                end++;
            }
            append(end - position);
            boolean newline = end < limit;
            position = newline ? end + 1 : end;
            if (newline) {
                break;
            }
        }
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        number++;
        return true;
    }

    /** The bytes of the current line (valid up to {@link #length()}, without the line end). */
    byte[] bytes() {
        return line;
    }

    /** The length of the current line in bytes. */
    int length() {
        return length;
    }

    /** The 1-based number of the current line. */
    long number() {
        return number;
    }

    /** Whether the current line holds only whitespace. */
    boolean isBlank() {
        return firstNonWhitespace() < 0;
    }

    /** The index of the first byte of the current line that is not JSON whitespace, or -1. */
    int firstNonWhitespace() {
        for (int i = 0; i < length; i++) {
            byte b = line[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return i;
            }
        }
        return -1;
    }

    /** The input not yet split into lines. */
    InputStream remainder() {
        return new SequenceInputStream(new ByteArrayInputStream(chunk, position, limit - position), in);
    }

    private void append(int count) {
        if ((long) length + count > maxLineBytes) {
            throw new SessionReadException(
                    null, number + 1, "the line exceeds the limit of " + maxLineBytes + " bytes");
        }
        if (length + count > line.length) {
            line = Arrays.copyOf(line, Math.min(Math.max(line.length * 2, length + count), maxLineBytes));
        }
        System.arraycopy(chunk, position, line, length, count);
        length += count;
    }

    private boolean fill() throws IOException {
        if (endOfInput) {
            return false;
        }
        int read = in.read(chunk, 0, chunk.length);
        while (read == 0) {
            read = in.read(chunk, 0, chunk.length);
        }
        if (read < 0) {
            endOfInput = true;
            position = 0;
            limit = 0;
            return false;
        }
        position = 0;
        limit = read;
        if (!started) {
            started = true;
            if (limit >= 3 && chunk[0] == (byte) 0xEF && chunk[1] == (byte) 0xBB && chunk[2] == (byte) 0xBF) {
                position = 3;
            }
        }
        return true;
    }
}
