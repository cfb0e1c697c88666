package io.hirehub.launcher.it.data;

import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.it.SharedStack;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.registry.SchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;

/** The writers on the shared IT stack, opened once per JVM, plus small SQL helpers for assertions. */
final class DataStack {

    private static DataTargets targets;
    private static SchemaRegistryClient registry;

    private DataStack() {
    }

    static synchronized DataTargets targets() {
        if (targets == null) {
            final SharedStack stack = SharedStack.get();
            targets = DataTargets.open(stack.endpoints(), stack.settings().postgres());
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
        return !stack.s3Client().listObjectsV2(b -> b.bucket(stack.bucket()).prefix(key)).contents().isEmpty();
    }
}
