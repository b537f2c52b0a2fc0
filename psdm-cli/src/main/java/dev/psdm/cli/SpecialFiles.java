package dev.psdm.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a FIFO or a device in place, never blocking forever (issue 22 item 9): opening a FIFO
 * that no process reads blocked psdm for ever, and so did a reader that stopped reading. The write
 * runs on its own thread; when it makes no progress for {@link #waitSeconds()} it is given up with
 * one line naming the output.
 */
final class SpecialFiles {
    /** {@code -Dpsdm.outputWait=SECONDS}: how long an output may make no progress (default 30 s). */
    static final String WAIT_PROPERTY = "psdm.outputWait";

    private SpecialFiles() {
    }

    static long waitSeconds() {
        try {
            return Math.max(1, Long.parseLong(System.getProperty(WAIT_PROPERTY, "30").trim()));
        } catch (NumberFormatException e) {
            return 30;
        }
    }

    static void write(Path target, Path special, AtomicFiles.Content content) {
        AtomicLong written = new AtomicLong();
        AtomicReference<Boolean> opened = new AtomicReference<>(false);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            // no CREATE, no TRUNCATE: the node exists and is not ours to recreate
            try (FileChannel channel = FileChannel.open(special, StandardOpenOption.WRITE)) {
                opened.set(true);
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        out.write(b, off, len);
                        written.addAndGet(len);
                    }
                };
                content.writeTo(out);
                out.flush();
            } catch (Throwable e) {
                failure.set(e);
            }
        }, "psdm-output " + special.getFileName());
        writer.setDaemon(true);
        writer.start();
        long waitMillis = waitSeconds() * 1000;
        long progress = -1;
        try {
            while (true) {
                writer.join(waitMillis);
                if (!writer.isAlive()) {
                    break;
                }
                if (written.get() == progress) {
                    giveUp(writer, special, opened.get());
                    throw new UserError("cannot write " + target + ": " + (opened.get()
                            ? "its reader stopped reading for " + waitSeconds() + " s"
                            : "no process opened it for reading within " + waitSeconds() + " s (a FIFO nobody reads)"));
                }
                progress = written.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UserError("cannot write " + target + ": interrupted");
        }
        Throwable e = failure.get();
        if (e instanceof IOException io) {
            throw new UserError("cannot write " + target + ": " + IoErrors.reason(io), io);
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (e instanceof Error error) {
            throw error;
        }
    }

    /**
     * Frees the writer thread: a blocked write ends when the thread is interrupted (the channel is
     * closed); a blocked open of a FIFO ends when someone opens it for reading, which this does.
     */
    private static void giveUp(Thread writer, Path special, boolean opened) {
        writer.interrupt();
        if (!opened) {
            Thread unblock = new Thread(() -> {
                try (FileChannel ignored = FileChannel.open(special, StandardOpenOption.READ)) {
                    writer.join(1000);
                } catch (IOException | InterruptedException ignored) {
                    // best effort: the writer is a daemon thread and the process ends soon
                }
            }, "psdm-output-unblock");
            unblock.setDaemon(true);
            unblock.start();
        }
    }
}
