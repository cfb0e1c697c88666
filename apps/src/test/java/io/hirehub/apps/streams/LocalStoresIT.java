package io.hirehub.apps.streams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.hirehub.runtime.health.PartBoard;
import io.hirehub.testsupport.ItTimeouts;
import io.hirehub.testsupport.SharedStack;
import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.state.HostInfo;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;

/**
 * What the query ports stand on, against the real broker: a StreamsApp that names its
 * {@code application.server} learns from the group which instance holds a key (here: itself), reads
 * it from the active copy, remembers the key's owners while it runs, reports its copy's lag, and once
 * closed answers "unavailable" instead of naming a host or returning a wrong answer.
 */
class LocalStoresIT {

    private static final String STORE = "it-local-store";
    private static final HostInfo SELF = new HostInfo("localhost", 18_080);

    @Test
    void shouldFindTheOwnerOfAKeyReadItAndSayUnavailableOnceStopped() throws Exception {
        final SharedStack stack = SharedStack.get();
        final String topic = "it.local-stores." + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrap()),
                new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "job-1", "top")).get();
        }
        final Path state = Files.createTempDirectory("it-local-stores");
        final StreamsAppSettings settings = StreamsAppSettings.of(
                        "it-local-stores-" + UUID.randomUUID(), stack.kafkaBootstrap(), state)
                .withApplicationServer(SELF);
        final PartBoard board = new PartBoard();

        final StreamsApp app = StreamsApp.start(settings, table(topic), board, "it-app", List.of(), new Resources());
        final LocalStores stores = LocalStores.of(app);
        final List<KafkaStreams.State> heard = new CopyOnWriteArrayList<>();
        app.onStateChange((next, previous) -> heard.add(next));
        try {
            app.awaitRunning(ItTimeouts.WAIT);
            await().atMost(ItTimeouts.WAIT)
                    .ignoreExceptionsInstanceOf(StoreUnavailableException.class)
                    .until(() ->
                            stores.<String>get(STORE, "job-1", ReadFrom.ACTIVE).isPresent());

            assertThat(stores.<String>get(STORE, "job-1", ReadFrom.ACTIVE)).contains("top");
            assertThat(stores.<String>get(STORE, "job-1", ReadFrom.ACTIVE_OR_STANDBY))
                    .contains("top");
            assertThat(stores.<String>get(STORE, "no-such-key", ReadFrom.ACTIVE))
                    .isEmpty();
            final KeyOwners owners = stores.owners(STORE, "job-1");
            assertThat(owners.available()).isTrue();
            assertThat(owners.local()).isTrue();
            assertThat(owners.active()).contains(new HostAddress("localhost", 18_080));
            assertThat(owners.standbys()).isEmpty();
            assertThat(owners.partition()).isBetween(0, 2);
            assertThat(stores.owners(STORE, "job-1"))
                    .as("remembered while the application runs on")
                    .isSameAs(owners);
            // Now that its partition is known, the key is read from that partition's store alone.
            assertThat(stores.<String>get(STORE, "job-1", ReadFrom.ACTIVE)).contains("top");
            assertThat(stores.<String>get(STORE, "job-1", ReadFrom.ACTIVE_OR_STANDBY))
                    .contains("top");
            final KeyOwners absent = stores.owners(STORE, "no-such-key");
            assertThat(absent.local()).isTrue();
            assertThat(stores.<String>get(STORE, "no-such-key", ReadFrom.ACTIVE))
                    .isEmpty();
            await().atMost(ItTimeouts.WAIT)
                    .until(() -> stores.localLag(STORE, owners.partition()).isPresent());
            assertThat(stores.localLag(STORE, owners.partition()).getAsLong()).isZero();
            assertThat(stores.localLag("no-such-store", 0)).isEmpty();
        } finally {
            app.close();
        }

        assertThat(heard)
                .as("state changes reach the listeners after the health's")
                .endsWith(KafkaStreams.State.NOT_RUNNING);
        assertThat(stores.owners(STORE, "job-1"))
                .as("the remembered owners are forgotten once the application stops")
                .isEqualTo(KeyOwners.unavailable());
        assertThat(stores.owners(STORE, "job-1").active()).isEqualTo(Optional.empty());
        assertThatThrownBy(() -> stores.get(STORE, "job-1", ReadFrom.ACTIVE))
                .isInstanceOf(StoreUnavailableException.class)
                .hasMessageStartingWith("store " + STORE + " cannot be queried now");
    }

    private static Topology table(final String topic) {
        final StreamsBuilder builder = new StreamsBuilder();
        builder.table(
                topic,
                Consumed.with(Serdes.String(), Serdes.String()),
                Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(STORE));
        return builder.build();
    }
}
