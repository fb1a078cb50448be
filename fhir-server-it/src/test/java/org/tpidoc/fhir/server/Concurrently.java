package org.tpidoc.fhir.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs the tests' requests to the server on a few threads, as an integration engine would: the server works
 * on several requests at once, and the test spends less time waiting (about three times less than one
 * request after another on two cores).
 */
final class Concurrently {

    /** How many requests are in flight at once. */
    static final int THREADS = 4;

    private Concurrently() {}

    /** {@code work} applied to each item, the results in the items' order; the first failure is rethrown. */
    static <T, R> List<R> map(List<T> items, Function<T, R> work) {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(pool.submit(() -> work.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** {@code work} done for each item; the first failure is rethrown. */
    static <T> void forEach(List<T> items, Consumer<T> work) {
        map(items, item -> {
            work.accept(item);
            return item;
        });
    }
}
