package dev.psdm.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Holds what is written until a flush, then passes it on with the run's tokens removed
 * ({@link Secrets}). Everything psdm prints ends with a flush (a report, each message line), so a
 * token is never split between two flushes.
 */
final class RedactingWriter extends Writer {
    private final Writer delegate;
    private final Secrets secrets;
    private final StringBuilder pending = new StringBuilder();

    RedactingWriter(Writer delegate, Secrets secrets) {
        this.delegate = delegate;
        this.secrets = secrets;
    }

    @Override
    public synchronized void write(char[] chars, int offset, int length) {
        pending.append(chars, offset, length);
    }

    @Override
    public synchronized void flush() throws IOException {
        if (!pending.isEmpty()) {
            delegate.write(secrets.redact(pending.toString()));
            pending.setLength(0);
        }
        delegate.flush();
    }

    @Override
    public synchronized void close() throws IOException {
        flush();
        delegate.close();
    }
}
