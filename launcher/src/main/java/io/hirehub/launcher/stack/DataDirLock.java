package io.hirehub.launcher.stack;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on the data dir, held while a stack runs on it: two stacks on one directory
 * would corrupt the broker's log and PostgreSQL's data files.
 */
final class DataDirLock implements AutoCloseable {

    private static final String FILE_NAME = "stack.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirLock(final FileChannel channel, final FileLock lock) {
        this.channel = channel;
        this.lock = lock;
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
            channel.truncate(0);
            channel.write(java.nio.ByteBuffer.wrap(
                    Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
            return new DataDirLock(channel, lock);
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

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
