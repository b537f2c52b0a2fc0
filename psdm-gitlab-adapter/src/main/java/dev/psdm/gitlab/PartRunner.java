package dev.psdm.gitlab;

import dev.psdm.model.DataGap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** Reads the parts of a fetch with bounded concurrency; the first real failure (in part order) fails the fetch. */
final class PartRunner {
    private PartRunner() {
    }

    /**
     * The result of each part, in part order.
     *
     * @param baseUrl named in the error when the fetch is interrupted
     */
    static List<Object> runAll(List<Part> parts, PageReader reader, Requester requester, int concurrency,
                               FetchProgress progress, String baseUrl) {
        AtomicInteger threadNo = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, parts.size()), r -> {
            Thread t = new Thread(r, "psdm-gitlab-" + threadNo.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (Part part : parts) {
                Callable<Object> task = () -> {
                    try {
                        Object result = part.read(reader, requester);
                        progress.resourceRead(part.resource(), result instanceof List<?> list ? list.size() : 0,
                                reader.pagesByResource().getOrDefault(part.resource(), 0),
                                result instanceof DataGap gap ? gap.reason() : null);
                        return result;
                    } catch (RuntimeException | Error e) {
                        requester.abort();
                        throw e;
                    }
                };
                futures.add(pool.submit(task));
            }
            return results(futures);
        } catch (InterruptedException e) {
            requester.abort();
            Thread.currentThread().interrupt();
            throw new GitLabFetchException("interrupted while fetching from " + baseUrl, 0, null, e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Waits for every part, so none is left running, then throws the first failure that is not an abort it caused. */
    private static List<Object> results(List<Future<Object>> futures) throws InterruptedException {
        List<Object> results = new ArrayList<>();
        RuntimeException failure = null;
        for (Future<Object> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof Error error) {
                    throw error;
                }
                if (failure == null && !(cause instanceof Requester.FetchAborted)) {
                    failure = (RuntimeException) cause;
                }
                results.add(null);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return results;
    }
}
