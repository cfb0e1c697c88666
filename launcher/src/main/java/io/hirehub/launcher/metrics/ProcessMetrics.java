package io.hirehub.launcher.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.jmx.JmxConfig;
import io.micrometer.jmx.JmxMeterRegistry;

/**
 * The process-wide meter registry of a {@code hirehub} process. Meters are published as JMX MBeans
 * under the {@code hirehub} domain, so {@code jconsole}, a JMX exporter sidecar or any JMX-capable
 * agent can read them without an HTTP endpoint of our own.
 */
public final class ProcessMetrics {

    /** The JMX domain our meters live under. */
    public static final String JMX_DOMAIN = "hirehub";

    private static final MeterRegistry REGISTRY = new JmxMeterRegistry(
            new JmxConfig() {
                @Override
                public String get(final String key) {
                    return null;
                }

                @Override
                public String domain() {
                    return JMX_DOMAIN;
                }
            },
            Clock.SYSTEM);

    private ProcessMetrics() {}

    public static MeterRegistry registry() {
        return REGISTRY;
    }
}
