package org.quiver.arrow;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.ipc.ArrowFileWriter;
import org.quiver.api.CypherResult;

/**
 * Writes a result as an Arrow IPC file (the random-access format, {@code .arrow}; pyarrow reads it
 * with {@code pyarrow.ipc.open_file}), batch by batch as {@link ResultArrowReader} reads them.
 */
public final class ArrowFileExport {
    private ArrowFileExport() {
    }

    /** Writes the file to {@code out}, which stays open; returns the number of rows written. */
    public static long write(CypherResult result, OutputStream out, int batchRows) throws IOException {
        try (BufferAllocator allocator = new RootAllocator();
                ResultArrowReader reader = ResultArrowReader.of(result, allocator, batchRows)) {
            return write(reader, out);
        }
    }

    /** Writes every batch of {@code reader} as an IPC file to {@code out}, which stays open. */
    static long write(ResultArrowReader reader, OutputStream out) throws IOException {
        try (ArrowFileWriter writer = new ArrowFileWriter(reader.getVectorSchemaRoot(), null,
                Channels.newChannel(new UnclosedOutputStream(out)))) {
            writer.start();
            while (reader.loadNextBatch()) {
                writer.writeBatch();
            }
            writer.end();
            return reader.rowsRead();
        }
    }

    /**
     * Writes the file to {@code file}: first beside it, then moved in place, so that a failed query
     * leaves no half-written file (and an earlier file at that path as it was).
     */
    public static long write(CypherResult result, Path file, int batchRows) throws IOException {
        Path absolute = file.toAbsolutePath();
        // Not Files.createTempFile: its owner-only permissions would become the file's.
        Path partial = absolute.resolveSibling("." + absolute.getFileName() + "." + ProcessHandle.current().pid()
                + "-" + System.nanoTime() + ".partial");
        try {
            long rows;
            try (OutputStream out = Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                rows = write(result, out, batchRows);
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Leaves the caller's stream open when the channel over it closes. */
    private static final class UnclosedOutputStream extends java.io.FilterOutputStream {
        UnclosedOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
