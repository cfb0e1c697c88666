package io.hirehub.launcher.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.connectors.cdc.CdcMetrics;
import java.lang.management.ManagementFactory;
import java.util.Set;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

class ProcessMetricsTest {

    @Test
    void shouldPublishCdcMetersAsJmxBeansUnderTheHirehubDomain() throws Exception {
        new CdcMetrics(ProcessMetrics.registry(), "jmx_test_slot");

        final Set<ObjectName> names = ManagementFactory.getPlatformMBeanServer()
                .queryNames(new ObjectName(ProcessMetrics.JMX_DOMAIN + ":*"), null);

        assertThat(names)
                .extracting(ObjectName::toString)
                .anyMatch(name -> name.contains("hirehubCdcSlotRetainedWalBytes") && name.contains("jmx_test_slot"))
                .anyMatch(name -> name.contains("hirehubCdcSlotLagBytes"))
                .anyMatch(name -> name.contains("hirehubCdcLeader"));
    }
}
