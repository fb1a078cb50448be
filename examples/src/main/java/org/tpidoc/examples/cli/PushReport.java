package org.tpidoc.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.jspecify.annotations.Nullable;

/**
 * Where {@code push --report} writes its lines, whole lines only. A file is written beside its target under a
 * temporary name ({@code .NAME.*.tmp}) and moved onto the target when closed (atomically where the file system
 * can): a reader never sees a line cut in half, and a run that fails to write leaves the target as it was.
 * Standard output ({@code -}) gets each line flushed as it is written. Not thread-safe.
 */
abstract class PushReport implements AutoCloseable {

    private long lines;

    /** No report: lines are dropped. */
    static PushReport none() {
        return new PushReport() {
            @Override
            void writeLine(String line) {}

            @Override
            public void close() {}
        };
    }

    /** Lines to {@code out}, each flushed as it is written. */
    static PushReport to(PrintWriter out) {
        return new PushReport() {
            @Override
            void writeLine(String line) {
                out.println(line);
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /**
     * Lines to a temporary file beside {@code target} (creating its directory), moved onto {@code target} when
     * closed.
     *
     * @throws IOException if the directory or the temporary file cannot be made
     */
    static PushReport file(Path target) throws IOException {
        return new FileReport(target.toAbsolutePath().normalize());
    }

    /**
     * Writes one line (a newline is added).
     *
     * @throws IOException if it cannot be written
     */
    final void write(String line) throws IOException {
        writeLine(line);
        lines++;
    }

    /** How many lines were written. */
    final long lines() {
        return lines;
    }

    abstract void writeLine(String line) throws IOException;

    /**
     * Finishes the report: every line written is in place.
     *
     * @throws IOException if it cannot be finished (a file's temporary copy is deleted then)
     */
    @Override
    public abstract void close() throws IOException;

    /** A file written under a temporary name and moved into place. */
    private static final class FileReport extends PushReport {
        private final Path target;
        private final Path temporary;
        private final Writer writer;
        private @Nullable IOException failure;

        FileReport(Path target) throws IOException {
            this.target = target;
            if (Files.isDirectory(target)) {
                throw new FileSystemException(target.toString(), null, "is a directory");
            }
            Path directory = target.getParent();
            Files.createDirectories(directory);
            this.temporary = Files.createTempFile(directory, "." + target.getFileName() + ".", ".tmp");
            this.writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
        }

        @Override
        void writeLine(String line) throws IOException {
            try {
                writer.write(line);
                writer.write('\n');
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            try {
                writer.close();
                if (failure != null) {
                    throw failure;
                }
                try {
                    Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
