package dev.psdm.model.json;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The bytes of a snapshot as the parser reads them, refused as soon as they exceed the size limit or
 * stop being strict UTF-8. A size check on the file alone misses {@code /dev/stdin}, pipes and
 * devices ({@code /dev/zero} never ends), which then ran the JVM out of memory; and Jackson's own
 * decoder accepts overlong UTF-8 forms ({@code C0 AF} for {@code /}), which a strict reader must not.
 */
final class GuardedInput extends FilterInputStream {
    private final String origin;
    private final long limit;
    private long offset;
    private long line = 1;
    /** Continuation bytes still expected by the current sequence. */
    private int pending;
    /** The range the next continuation byte must fall in (the first one is narrower for some leads). */
    private int low = 0x80;
    private int high = 0xBF;

    GuardedInput(InputStream in, String origin, long limit) {
        super(in);
        this.origin = origin;
        this.limit = limit;
    }

    /** Why the input was refused: one line naming the input and the place. */
    static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            atEnd();
        } else {
            check(b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int from, int length) throws IOException {
        int n = super.read(buffer, from, length);
        if (n < 0) {
            atEnd();
        }
        for (int i = 0; i < n; i++) {
            check(buffer[from + i] & 0xFF);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipped bytes would escape the checks: read them instead
        long skipped = 0;
        while (skipped < n && read() >= 0) {
            skipped++;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void check(int b) throws Refused {
        if (++offset > limit) {
            throw new Refused(String.format(Locale.ROOT,
                    "%s: the input is more than the %d MB this JVM can safely read with its %d MB heap; "
                            + "run java with a larger -Xmx (about 4 times the input's size)",
                    origin, limit >> 20, Runtime.getRuntime().maxMemory() >> 20));
        }
        if (pending > 0) {
            if (b < low || b > high) {
                throw malformed();
            }
            pending--;
            low = 0x80;
            high = 0xBF;
        } else if (b >= 0x80) {
            lead(b);
        } else if (b == '\n') {
            line++;
        }
    }

    /** RFC 3629 table 3-7: the well-formed lead bytes and their first continuation byte's range. */
    private void lead(int b) throws Refused {
        if (b >= 0xC2 && b <= 0xDF) {
            pending = 1;
        } else if (b == 0xE0) {
            pending = 2;
            low = 0xA0;
        } else if (b == 0xED) {
            pending = 2;
            high = 0x9F; // no UTF-16 surrogates
        } else if (b >= 0xE1 && b <= 0xEF) {
            pending = 2;
        } else if (b == 0xF0) {
            pending = 3;
            low = 0x90;
        } else if (b >= 0xF1 && b <= 0xF3) {
            pending = 3;
        } else if (b == 0xF4) {
            pending = 3;
            high = 0x8F; // nothing above U+10FFFF
        } else {
            throw malformed(); // C0, C1 (overlong), F5..FF, or a continuation byte without a lead
        }
    }

    private void atEnd() throws Refused {
        if (pending > 0) {
            throw malformed();
        }
    }

    private Refused malformed() {
        return new Refused(String.format(Locale.ROOT,
                "%s: not valid UTF-8 at byte %d (line %d): the snapshot must be UTF-8 text, with no overlong or truncated sequences",
                origin, offset, line));
    }
}
