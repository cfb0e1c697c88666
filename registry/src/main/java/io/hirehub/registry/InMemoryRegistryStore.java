package io.hirehub.registry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A log kept in memory: for unit tests and for tools that need a throw-away registry. Several
 * servers may share one instance to act like registries on the same topic.
 */
public final class InMemoryRegistryStore implements RegistryStore {

    private final List<RegistryRecord> log = new ArrayList<>();
    private final List<Consumer<RegistryRecord>> followers = new ArrayList<>();

    @Override
    public synchronized void start(final Consumer<RegistryRecord> applier, final Duration timeout) {
        log.forEach(applier);
        followers.add(applier);
    }

    @Override
    public synchronized void append(final RegistryRecord record, final Duration timeout) {
        log.add(record);
        followers.forEach(follower -> follower.accept(record));
    }

    @Override
    public void catchUp(final Duration timeout) {
        // Appends are applied synchronously: always caught up.
    }

    /** Records written so far, oldest first. */
    public synchronized List<RegistryRecord> records() {
        return List.copyOf(log);
    }

    @Override
    public void close() {
        // The log outlives a server, like a topic does, so a "restarted" server can replay it.
    }
}
