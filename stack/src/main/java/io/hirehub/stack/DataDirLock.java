package io.hirehub.stack;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * An exclusive lock on the data dir, held while a stack runs on it: two stacks on one directory
 * would corrupt the broker's log and PostgreSQL's data files.
 */
final class DataDirLock implements AutoCloseable {

    private static final String FILE_NAME = "stack.lock";

    private final FileChannel channel;
    private final FileLock lock;
    private final Optional<Long> previousHolder;

    private DataDirLock(final FileChannel channel, final FileLock lock, final Optional<Long> previousHolder) {
        this.channel = channel;
        this.lock = lock;
        this.previousHolder = previousHolder;
    }

    /**
     * The pid a previous stack left in the lock file: a stack that stops cleanly empties it, so a pid
     * here means the last one on this data dir was killed.
     */
    Optional<Long> previousHolder() {
        return previousHolder;
    }

    static DataDirLock acquire(final Path dataDir) {
        final Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
            final FileChannel channel = FileChannel.open(
                    file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
            final FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                channel.close();
                throw inUse(dataDir, file);
            }
            if (lock == null) {
                channel.close();
                throw inUse(dataDir, file);
            }
            final Optional<Long> previous = readPid(file);
            channel.truncate(0);
            channel.write(
                    ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new DataDirLock(channel, lock, previous);
        } catch (IOException e) {
            throw new StackException("cannot lock data dir " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static StackException inUse(final Path dataDir, final Path file) {
        String holder = "";
        try {
            holder = " (pid " + Files.readString(file, StandardCharsets.UTF_8).trim() + ")";
        } catch (IOException ignored) {
            // The pid is a courtesy; the lock itself is what matters.
        }
        return new StackException("data dir " + dataDir + " is in use by another running stack" + holder
                + "; stop it or choose another --data-dir");
    }

    private static Optional<Long> readPid(final Path file) {
        try {
            return Optional.of(Long.parseLong(
                    Files.readString(file, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Empties the file (a clean stop leaves no pid behind) and releases the lock. */
    @Override
    public void close() throws IOException {
        channel.truncate(0);
        lock.release();
        channel.close();
    }
}
