package io.hirehub.launcher.it.data;

import io.hirehub.launcher.data.DataTargets;
import io.hirehub.runtime.endpoints.Endpoints;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.migration.Migrations;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.testsupport.SharedStack;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/**
 * The writers on the shared IT stack, opened once per JVM, plus small SQL helpers for assertions.
 * They write to a private copy of the service schemas ({@code itdata_<service>}) that CDC does not
 * capture: on the real schemas the CDC runner publishes and then deletes outbox rows, which would
 * race with assertions on them. Tests of the real schemas go through the commands instead.
 */
final class DataStack {

    /** The private schemas' names: {@code itdata_user}, {@code itdata_job}, …. */
    static final String SCHEMA_PATTERN = "itdata_{service}";

    private static DataTargets targets;
    private static SchemaRegistryClient registry;

    private DataStack() {}

    static synchronized DataTargets targets() {
        if (targets == null) {
            final SharedStack stack = SharedStack.get();
            final Endpoints.Jdbc jdbc = stack.endpoints().jdbc();
            final MigrationSettings schemas = MigrationSettings.of(jdbc.url(), jdbc.user(), jdbc.password())
                    .withSchemaPattern(SCHEMA_PATTERN);
            new Migrations(schemas).migrate();
            targets = DataTargets.open(stack.endpoints(), schemas);
            Runtime.getRuntime().addShutdownHook(new Thread(targets::close, "data-targets-close"));
        }
        return targets;
    }

    static synchronized SchemaRegistryClient registry() {
        if (registry == null) {
            registry = HttpSchemaRegistryClient.of(SharedStack.get().registryUrl());
        }
        return registry;
    }

    /** The payload of an outbox row decoded as {@code type}. */
    static <T extends SpecificRecord> T decode(final byte[] payload, final String topic, final Class<T> type) {
        try (AvroDeserializer<T> deserializer = new AvroDeserializer<>(registry(), type)) {
            return deserializer.deserialize(topic, payload);
        }
    }

    /** The first column of every row of {@code sql} with {@code args}. */
    static List<Object> column(final String sql, final Object... args) throws SQLException {
        try (Connection connection = SharedStack.get().connection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            final List<Object> values = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getObject(1));
                }
            }
            return values;
        }
    }

    static long count(final String sql, final Object... args) throws SQLException {
        return ((Number) column(sql, args).get(0)).longValue();
    }

    static boolean objectExists(final String key) {
        final SharedStack stack = SharedStack.get();
        return !stack.s3Client()
                .listObjectsV2(b -> b.bucket(stack.bucket()).prefix(key))
                .contents()
                .isEmpty();
    }
}
