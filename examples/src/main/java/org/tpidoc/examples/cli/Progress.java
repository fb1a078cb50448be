package org.tpidoc.examples.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jspecify.annotations.Nullable;

/**
 * Progress of a long run ({@code generate}, {@code export --ndjson}, {@code push}) on stderr: a progress
 * bar (me.tongfei:progressbar) when stderr is a terminal, plain lines otherwise ({@code export: 2000
 * sessions}), nothing when quiet. Counts sessions; the total may be unknown. Not thread-safe: one
 * thread steps it.
 */
abstract class Progress implements AutoCloseable {

    /** Sessions between two plain lines when the total is unknown. */
    static final long PLAIN_INTERVAL = 1000;

    /**
     * The progress display for a run.
     *
     * @param task the command's name, shown before the count
     * @param total the number of sessions, or -1 when not known in advance
     * @param quiet whether to show nothing
     * @param terminal the terminal to draw a bar on, or {@code null} for plain lines
     * @param err where plain lines go
     */
    static Progress start(
            String task, long total, boolean quiet, CliEnvironment.@Nullable Terminal terminal, PrintWriter err) {
        return start(task, total, PLAIN_INTERVAL, quiet, terminal, err);
    }

    /**
     * The progress display for a run whose plain lines come every {@code interval} sessions when the total is
     * not known (a slow run, such as sending to a server).
     *
     * @param interval sessions between two plain lines when {@code total} is -1, at least 1
     * @see #start(String, long, boolean, CliEnvironment.Terminal, PrintWriter)
     */
    static Progress start(
            String task,
            long total,
            long interval,
            boolean quiet,
            CliEnvironment.@Nullable Terminal terminal,
            PrintWriter err) {
        if (quiet) {
            return new Silent();
        }
        return terminal == null ? new Lines(task, total, interval, err) : new Bar(task, total, terminal);
    }

    /** One more session done. */
    abstract void step();

    /** The run is over (successfully or not): the bar is completed, a last line written. */
    @Override
    public abstract void close();

    /** Shows nothing. */
    private static final class Silent extends Progress {
        @Override
        void step() {}

        @Override
        public void close() {}
    }

    /** Plain lines: every tenth of a known total, or every {@code interval} sessions, then a last one. */
    private static final class Lines extends Progress {
        private final String task;
        private final long total;
        private final long interval;
        private final PrintWriter err;
        private long done;
        private long shown = -1;

        Lines(String task, long total, long interval, PrintWriter err) {
            this.task = task;
            this.total = total;
            this.interval = total > 0 ? Math.max(1, (total + 9) / 10) : Math.max(1, interval);
            this.err = err;
        }

        @Override
        void step() {
            done++;
            if (done % interval == 0) {
                show();
            }
        }

        @Override
        public void close() {
            if (shown != done) {
                show();
            }
        }

        private void show() {
            String count = total >= 0
                    ? done + "/" + total + " sessions (" + (total == 0 ? 100 : done * 100 / total) + "%)"
                    : Reports.count(done, "session");
            err.println(task + ": " + count);
            err.flush();
            shown = done;
        }
    }

    /** A bar drawn on the terminal, redrawn by the library's own timer. */
    private static final class Bar extends Progress {
        private final ProgressBar bar;

        Bar(String task, long total, CliEnvironment.Terminal terminal) {
            ConsoleProgressBarConsumer consumer = terminal.columns() > 0
                    ? new ConsoleProgressBarConsumer(terminal.stream(), terminal.columns())
                    : new ConsoleProgressBarConsumer(terminal.stream());
            this.bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(total)
                    .setUnit(" sessions", 1)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(200)
                    .setConsumer(consumer)
                    .showSpeed()
                    .build();
        }

        @Override
        void step() {
            bar.step();
        }

        @Override
        public void close() {
            bar.close();
        }
    }
}
