package org.tpidoc.examples.cli;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks on a fixed number of threads and hands their results back in the order the tasks were
 * submitted, holding at most {@link #capacity()} tasks (running, waiting or done but not yet handed back):
 * {@link #submit} blocks while the window is full, so memory stays bounded however many tasks one gives it.
 * Used by one thread (the one that submits also receives the results); the tasks run on the window's daemon
 * threads.
 *
 * @param <T> what a task returns
 */
final class InOrderWindow<T> implements AutoCloseable {

    /** What is done with each result, in submission order, on the submitting thread. */
    @FunctionalInterface
    interface Receiver<T> {
        /**
         * Receives one result.
         *
         * @throws IOException if writing what the result says fails
         */
        void accept(T result) throws IOException;
    }

    private final ExecutorService threads;
    private final Deque<Future<T>> pending = new ArrayDeque<>();
    private final int capacity;
    private final Receiver<T> receiver;

    /**
     * A window of {@code threads} threads holding twice as many tasks (so the threads stay busy while the
     * oldest result is awaited).
     *
     * @param threads how many tasks run at the same time, at least 1
     * @param receiver what is done with each result
     */
    InOrderWindow(int threads, Receiver<T> receiver) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "tpidoc-window-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.capacity = 2 * threads;
        this.receiver = receiver;
    }

    /** The most tasks the window holds at once. */
    int capacity() {
        return capacity;
    }

    /**
     * Starts {@code task} once the window has room, handing the oldest results to the receiver until it has.
     *
     * @throws IOException if the receiver fails
     */
    void submit(Callable<T> task) throws IOException {
        while (pending.size() >= capacity) {
            receiver.accept(await(pending.removeFirst()));
        }
        pending.addLast(threads.submit(task));
    }

    /**
     * Waits for every task submitted and hands their results to the receiver, in order.
     *
     * @throws IOException if the receiver fails
     */
    void drain() throws IOException {
        while (!pending.isEmpty()) {
            receiver.accept(await(pending.removeFirst()));
        }
    }

    /** Stops the threads; tasks not yet handed back are abandoned (a running one is interrupted). */
    @Override
    public void close() {
        pending.forEach(future -> future.cancel(true));
        pending.clear();
        threads.shutdownNow();
    }

    /** The result of {@code future}; a task's unchecked exception or error is thrown again as it was. */
    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a task", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a task failed", cause);
        }
    }
}
