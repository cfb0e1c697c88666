package io.hirehub.runtime.health;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The states of every part of one process, in the order the parts registered. Listeners (the
 * status file, the console) hear every change, on the thread that made it.
 */
public final class PartBoard {

    private final Map<String, PartHealth> parts = new LinkedHashMap<>(); // guarded by this
    private final List<Consumer<PartStatus>> listeners = new CopyOnWriteArrayList<>();

    /** The health of {@code part}, registered (as starting) on first use. */
    public synchronized PartHealth health(final String part) {
        return parts.computeIfAbsent(part, name -> new PartHealth(name, this));
    }

    /** Every part's current status, in registration order. */
    public List<PartStatus> snapshot() {
        final List<PartHealth> all;
        synchronized (this) {
            all = new ArrayList<>(parts.values());
        }
        return all.stream().map(PartHealth::status).toList();
    }

    public void addListener(final Consumer<PartStatus> listener) {
        listeners.add(listener);
    }

    void changed(final PartStatus status) {
        for (final Consumer<PartStatus> listener : listeners) {
            listener.accept(status);
        }
    }
}
