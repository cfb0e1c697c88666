package io.hirehub.launcher.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.stack.config.HirehubSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldNotLoadTheDemoSetTwiceIntoOneDataDir() throws Exception {
        Files.writeString(dataDir.resolve(DemoData.MARKER), "{}");
        final HirehubSettings settings =
                HirehubSettings.load(Optional.empty(), Map.of(), Map.of("data.dir", dataDir.toString()));
        final StringWriter out = new StringWriter();

        final Thread loader = DemoData.loadInBackground(
                settings,
                new Endpoints(
                        "localhost:1",
                        new Endpoints.Jdbc("jdbc:postgresql://localhost:1/x", "u", ""),
                        new Endpoints.S3("http://localhost:1", "us-east-1", "a", "s", "b"),
                        "http://localhost:1",
                        null,
                        null),
                new PrintWriter(out));

        assertThat(loader).isNull();
        assertThat(out.toString().strip())
                .isEqualTo("Demo data already loaded in this data dir ("
                        + dataDir.toAbsolutePath().normalize().resolve(DemoData.MARKER) + ").");
    }

    @Test
    void shouldPlanAboutTwentyCompaniesTwoHundredJobsAndAThousandResumes() {
        assertThat(SeedPlan.demo()).isEqualTo(new SeedPlan(1, 20, 200, 1_000));
    }
}
