package io.hirehub.connectors.cdc;

import static io.hirehub.connectors.cdc.CdcItSupport.sql;
import static io.hirehub.connectors.cdc.CdcItSupport.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.connectors.cdc.CdcItSupport.TopicReader;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.connect.cli.ConnectStandalone;
import org.apache.kafka.connect.runtime.Connect;
import org.apache.kafka.connect.runtime.rest.entities.ConfigInfos;
import org.apache.kafka.connect.runtime.rest.entities.ConnectorInfo;
import org.apache.kafka.connect.runtime.standalone.StandaloneHerder;
import org.apache.kafka.connect.util.FutureCallback;
import org.junit.jupiter.api.Test;

/**
 * Kafka Connect itself (standalone worker, in process) runs {@code connectors/connect/hirehub-cdc.json}
 * next to the embedded runner, each on its own slot: every change must then appear on its topic
 * twice, byte for byte the same (key, value, headers).
 */
class CdcConnectStandaloneIT {

    private static final Duration WAIT = ItTimeouts.WAIT;
    private static final String SECRETS_IN_JSON = "/opt/hirehub/secrets/cdc.properties";

    @Test
    void shouldWriteTheSameBytesAsTheEmbeddedRunner() throws Exception {
        final Map<String, String> embeddedMap = CdcItSupport.settingsMap("embedded_vs_connect");
        final CdcSettings embedded = CdcSettings.fromMap(embeddedMap);
        final String connectSlot = embedded.slotName() + "_connect";
        final Path dir = Files.createTempDirectory("hirehub-connect-it-");
        final Path secrets = dir.resolve("cdc.properties");
        Files.writeString(
                secrets,
                String.join(
                        "\n",
                        "database.hostname=" + embedded.host(),
                        "database.port=" + embedded.port(),
                        "database.dbname=" + embedded.database(),
                        "database.user=" + embedded.user(),
                        "database.password=" + embedded.password(),
                        "schema.registry.url=" + embedded.registryUrl()),
                StandardCharsets.UTF_8);

        final Connect<StandaloneHerder> connect = new ConnectStandalone().startConnect(workerProps(dir));
        final CdcRunner runner = new CdcRunner(embedded).start();
        try {
            final Map<String, String> config = connectorConfig(secrets, connectSlot);
            final FutureCallback<ConfigInfos> validated = new FutureCallback<>();
            connect.herder().validateConnectorConfig(config, validated);
            final ConfigInfos infos = validated.get(60, TimeUnit.SECONDS);
            final List<String> problems = infos.configs().stream()
                    // Debezium declares internal keys without value info (configValue() null): not errors.
                    .filter(ci -> ci.configValue() != null
                            && !ci.configValue().errors().isEmpty())
                    .map(ci -> ci.configValue().name() + ": " + ci.configValue().errors())
                    .toList();
            assertThat(problems).as("Connect validation of hirehub-cdc.json").isEmpty();
            final FutureCallback<org.apache.kafka.connect.runtime.Herder.Created<ConnectorInfo>> created =
                    new FutureCallback<>();
            connect.herder().putConnectorConfig("hirehub-cdc", config, false, created);
            created.get(60, TimeUnit.SECONDS);

            // Both pipelines stream once a new row shows up twice.
            final String probe = uuid();
            sql(insertUser(probe, "jobseeker"));
            try (TopicReader reader = new TopicReader(Topics.USERS.name())) {
                reader.until(
                        all -> TopicReader.ofKey(all, Topics.USERS.name(), probe)
                                        .size()
                                >= 2,
                        WAIT);
            }

            final String user = uuid();
            final String job = uuid();
            final String skill = uuid();
            final String application = uuid();
            final String outboxId = uuid();
            sql(
                    insertUser(user, "company"),
                    "UPDATE user_service.users SET status = 'inactive' WHERE id = '" + user + "'",
                    "DELETE FROM user_service.users WHERE id = '" + user + "'",
                    "INSERT INTO job_service.jobs (id, company_id, title, job_type, status, salary_min, posted_at) VALUES ('"
                            + job
                            + "', gen_random_uuid(), '백엔드 개발자', 'contract', 'open', 5000, TIMESTAMP '2024-03-01 09:30:00')",
                    "INSERT INTO job_service.skill_tags (id, name, category) VALUES ('" + skill + "', 'k-" + skill
                            + "', 'cloud')",
                    "INSERT INTO job_service.job_skills (job_id, skill_id, is_required) VALUES ('" + job + "', '"
                            + skill + "', true)",
                    "INSERT INTO apply_service.applications (id, job_id, user_id, resume_id, match_score) VALUES ('"
                            + application + "', '" + job + "', gen_random_uuid(), gen_random_uuid(), 91.25)");
            try (Connection c = SharedStack.get().connection();
                    PreparedStatement st = c.prepareStatement(
                            "INSERT INTO apply_service.apply_outbox"
                                    + " (id, aggregate_type, aggregate_id, event_type, payload) VALUES (?::uuid, 'application', ?, 'application.submitted', ?)")) {
                st.setString(1, outboxId);
                st.setString(2, application);
                st.setBytes(3, new byte[] {0, 0, 0, 0, 3, 1, 2, 3});
                st.executeUpdate();
            }

            final Map<String, Integer> expected = Map.of(
                    Topics.USERS.name() + "|" + user,
                    3,
                    Topics.JOBS.name() + "|" + job,
                    1,
                    Topics.SKILL_TAGS.name() + "|" + skill,
                    1,
                    Topics.JOB_SKILLS.name() + "|" + job + ":" + skill,
                    1,
                    Topics.APPLICATIONS.name() + "|" + application,
                    1,
                    Topics.APPLICATION_SUBMITTED.name() + "|" + application,
                    1);
            final Set<String> topics = expected.keySet().stream()
                    .map(k -> k.substring(0, k.indexOf('|')))
                    .collect(Collectors.toSet());
            try (TopicReader reader = new TopicReader(topics.toArray(String[]::new))) {
                final Function<List<ConsumerRecord<String, byte[]>>, Map<String, Long>> perKey = all -> all.stream()
                        .filter(r -> expected.containsKey(r.topic() + "|" + r.key()))
                        .collect(Collectors.groupingBy(r -> r.topic() + "|" + r.key(), Collectors.counting()));
                final List<ConsumerRecord<String, byte[]>> all = reader.until(
                        read -> {
                            final Map<String, Long> counts = perKey.apply(read);
                            return expected.entrySet().stream()
                                    .allMatch(e -> counts.getOrDefault(e.getKey(), 0L) >= 2L * e.getValue());
                        },
                        WAIT);

                final Map<String, Long> fingerprints = all.stream()
                        .filter(r -> expected.containsKey(r.topic() + "|" + r.key()))
                        .collect(Collectors.groupingBy(
                                CdcConnectStandaloneIT::fingerprint, TreeMap::new, Collectors.counting()));
                // At least twice (the stack may run a CDC runner of its own too), and never a variant.
                assertThat(fingerprints)
                        .as("every record written by each pipeline, identical bytes")
                        .allSatisfy((fingerprint, n) ->
                                assertThat(n).as(fingerprint).isGreaterThanOrEqualTo(2L));
                assertThat(fingerprints)
                        .hasSize(expected.values().stream()
                                .mapToInt(Integer::intValue)
                                .sum());
            }
        } finally {
            runner.close();
            connect.herder().deleteConnectorConfig("hirehub-cdc", new FutureCallback<>());
            connect.stop();
            CdcItSupport.dropSlot(embedded);
            CdcItSupport.dropSlot(CdcSettings.fromMap(withSlot(embeddedMap, connectSlot)));
        }
    }

    private static Map<String, String> withSlot(final Map<String, String> map, final String slot) {
        final Map<String, String> copy = new HashMap<>(map);
        copy.put("cdc.slot.name", slot);
        copy.put("cdc.publication.name", slot);
        return copy;
    }

    private static String insertUser(final String id, final String userType) {
        return "INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES ('" + id + "', 'sub-" + id
                + "', '" + id + "@it.example', '" + userType + "')";
    }

    private static Map<String, String> workerProps(final Path dir) {
        final Map<String, String> props = new HashMap<>();
        props.put("bootstrap.servers", SharedStack.get().kafkaBootstrap());
        props.put("key.converter", "org.apache.kafka.connect.storage.StringConverter");
        props.put("value.converter", "org.apache.kafka.connect.converters.ByteArrayConverter");
        props.put("offset.storage.file.filename", dir.resolve("connect.offsets").toString());
        props.put("offset.flush.interval.ms", "500");
        props.put("listeners", "http://127.0.0.1:0");
        props.put("config.providers", "file");
        props.put("config.providers.file.class", "org.apache.kafka.common.config.provider.FileConfigProvider");
        return props;
    }

    /** The shipped JSON with the secrets file moved to the test's and a slot of the test's own. */
    private static Map<String, String> connectorConfig(final Path secrets, final String slot) throws Exception {
        final Path json = Path.of("..", "connectors", "connect", "hirehub-cdc.json");
        final JsonNode root =
                new ObjectMapper().readTree(Files.readString(json).replace(SECRETS_IN_JSON, secrets.toString()));
        assertThat(root.get("name").asText()).isEqualTo("hirehub-cdc");
        final Map<String, String> config = new HashMap<>();
        // The REST API takes the name from the JSON's "name"; the herder wants it in the config.
        config.put("name", root.get("name").asText());
        root.get("config")
                .fields()
                .forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        config.put("slot.name", slot);
        config.put("publication.name", slot);
        config.put("heartbeat.interval.ms", "1000");
        return config;
    }

    private static String fingerprint(final ConsumerRecord<String, byte[]> r) {
        final StringBuilder out = new StringBuilder(r.topic())
                .append('|')
                .append(r.key())
                .append('|')
                .append(r.value() == null ? "null" : HexFormat.of().formatHex(r.value()));
        for (final Header h : r.headers()) {
            out.append('|')
                    .append(h.key())
                    .append('=')
                    .append(h.value() == null ? "null" : HexFormat.of().formatHex(h.value()));
        }
        return out.toString();
    }
}
