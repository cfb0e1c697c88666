package io.hirehub.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RegistryRecordCodecTest {

    private static String text(final byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void shouldWriteSchemaRecordsInConfluentShape() {
        final RegistryRecord.SchemaVersion version =
                new RegistryRecord.SchemaVersion("job.created-value", 2, 7, "{\"type\":\"string\"}", false);

        assertThat(text(RegistryRecordCodec.key(version)))
                .isEqualTo("{\"keytype\":\"SCHEMA\",\"subject\":\"job.created-value\",\"version\":2,\"magic\":1}");
        assertThat(text(RegistryRecordCodec.value(version)))
                .isEqualTo("{\"subject\":\"job.created-value\",\"version\":2,"
                        + "\"id\":7,\"schema\":\"{\\\"type\\\":\\\"string\\\"}\",\"deleted\":false}");
        assertThat(RegistryRecordCodec.decode(RegistryRecordCodec.key(version), RegistryRecordCodec.value(version)))
                .isEqualTo(version);
    }

    @Test
    void shouldKeepOneCompactionKeyPerSubjectVersion() {
        final RegistryRecord.SchemaVersion live = new RegistryRecord.SchemaVersion("s", 1, 3, "\"int\"", false);

        assertThat(RegistryRecordCodec.key(live.softDeleted())).isEqualTo(RegistryRecordCodec.key(live));
        assertThat(RegistryRecordCodec.value(live.tombstone()))
                .as("permanent delete is a tombstone")
                .isNull();
        assertThat(((RegistryRecord.SchemaVersion) RegistryRecordCodec.decode(RegistryRecordCodec.key(live), null))
                        .removed())
                .isTrue();
    }

    @Test
    void shouldRoundTripGlobalAndSubjectConfig() {
        final RegistryRecord.Config global = new RegistryRecord.Config(null, CompatibilityLevel.FULL);
        final RegistryRecord.Config subject = new RegistryRecord.Config("s", CompatibilityLevel.NONE);

        assertThat(text(RegistryRecordCodec.key(global)))
                .isEqualTo("{\"keytype\":\"CONFIG\",\"subject\":null,\"magic\":0}");
        assertThat(text(RegistryRecordCodec.value(global))).isEqualTo("{\"compatibilityLevel\":\"FULL\"}");
        assertThat(RegistryRecordCodec.decode(RegistryRecordCodec.key(global), RegistryRecordCodec.value(global)))
                .isEqualTo(global);
        assertThat(RegistryRecordCodec.decode(RegistryRecordCodec.key(subject), RegistryRecordCodec.value(subject)))
                .isEqualTo(subject);
        assertThat(RegistryRecordCodec.decode(RegistryRecordCodec.key(subject), null))
                .isEqualTo(new RegistryRecord.Config("s", null));
    }

    @Test
    void shouldRejectRecordsOfOtherKinds() {
        assertThatThrownBy(() -> RegistryRecordCodec.decode(
                        "{\"keytype\":\"NOOP\",\"magic\":0}".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown key type 'NOOP'");
        assertThatThrownBy(() -> RegistryRecordCodec.decode("not json".getBytes(StandardCharsets.UTF_8), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("registry log key is not JSON: ");
    }
}
