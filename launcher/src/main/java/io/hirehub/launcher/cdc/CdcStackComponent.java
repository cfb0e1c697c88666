package io.hirehub.launcher.cdc;

import io.hirehub.connectors.cdc.CdcRunner;
import io.hirehub.connectors.cdc.CdcSettings;
import io.hirehub.launcher.metrics.ProcessMetrics;
import io.hirehub.launcher.stack.StackComponent;
import io.hirehub.launcher.stack.StackContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The CDC runner as a part of the embedded stack ({@code hirehub dev}): it reads the broker, the
 * database and the registry the earlier parts published and starts competing for the slot. The
 * engine runs in the background, so the stack is ready before the first snapshot finishes.
 * Without a registry there is nothing to encode values with: the part then stays off and says so.
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
    public List<String> after() {
        return List.of("kafka", "topics", "postgres", "migrations", "registry");
    }

    @Override
    public void start(final StackContext context) {
        final Optional<String> registry = context.registry();
        if (registry.isEmpty()) {
            LOG.warn("no schema registry in the stack: CDC stays off");
            return;
        }
        final Map<String, String> props = new HashMap<>(CdcSettings.fromEnvironment(System.getenv()));
        props.put("postgres.jdbc.url", context.jdbc().url());
        props.put("postgres.user", context.jdbc().user());
        props.put("postgres.password", context.jdbc().password());
        props.put("kafka.bootstrap.servers", context.kafka());
        props.put("registry.url", registry.get());
        runner = new CdcRunner(CdcSettings.fromMap(props), ProcessMetrics.registry()).start();
    }

    @Override
    public void close() {
        if (runner != null) {
            runner.close();
            runner = null;
        }
    }
}
