package io.hirehub.launcher.cdc;

import io.hirehub.connectors.cdc.CdcRunner;
import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.connectors.cdc.CdcState;
import io.hirehub.launcher.metrics.ProcessMetrics;
import io.hirehub.runtime.health.PartHealth;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CDC runner as a part of the embedded stack ({@code hirehub dev}): it reads the broker, the
 * database and the registry the earlier parts published, competes for the slot, and is ready once
 * its engine streams (the slot is active), or stands by behind another runner that does. Without a
 * registry there is nothing to encode values with: the part then stays off and says so.
 */
public final class CdcStackComponent implements StackComponent {

    private static final Logger LOG = LoggerFactory.getLogger(CdcStackComponent.class);

    private CdcRunner runner;

    @Override
    public String name() {
        return "cdc";
    }

    /** Needs the topics created, the tables migrated and the registry up. */
    @Override
    public boolean infrastructure() {
        return false;
    }

    @Override
    public List<String> after() {
        return List.of("kafka", "topics", "postgres", "migrations", "registry");
    }

    @Override
    public void start(final StackContext context) throws InterruptedException {
        final PartHealth health = context.health(name());
        final Optional<String> registry = context.registry();
        if (registry.isEmpty()) {
            LOG.warn("no schema registry in the stack: CDC stays off");
            health.off("no schema registry to encode values with");
            return;
        }
        // cdc.* keys: from the one configuration (file < environment < -s); the endpoints are the stack's.
        final Map<String, String> props = new HashMap<>(context.settings().cdc());
        props.put("postgres.jdbc.url", context.jdbc().url());
        props.put("postgres.user", context.jdbc().user());
        props.put("postgres.password", context.jdbc().password());
        props.put("kafka.bootstrap.servers", context.kafka());
        props.put("registry.url", registry.get());
        runner = new CdcRunner(CdcSettings.fromMap(props), ProcessMetrics.registry())
                .onState(state -> report(state, health))
                .start();
        health.awaitRunning(context.settings().startupTimeout());
    }

    /** The runner's state as the part's health. */
    static void report(final CdcState state, final PartHealth health) {
        switch (state.phase()) {
            case STARTING -> health.starting(state.detail());
            case STREAMING -> health.running(state.detail());
            case STANDBY -> health.running(state.detail());
            case RESTARTING -> health.retrying(state.detail(), state.failure().orElse(null));
            case FAILED -> health.failed(state.failure().orElseThrow());
            case STOPPED -> health.stopped();
        }
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }
}
