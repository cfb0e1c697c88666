package io.hirehub.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The fold of the log: what every instance derives from the same records. */
class RegistryStateTest {

    private final RegistryState state = new RegistryState();

    @Test
    void shouldMoveAnIdTakenByAnotherSchemaToTheNextFreeOne() {
        // Two instances both proposed id 1 for different schemas; the log ordered them.
        state.apply(new RegistryRecord.SchemaVersion("a-value", 1, 1, "\"int\"", false));
        state.apply(new RegistryRecord.SchemaVersion("b-value", 1, 1, "\"long\"", false));

        assertThat(state.schemaById(1)).contains("\"int\"");
        assertThat(state.schemaById(2)).contains("\"long\"");
        assertThat(state.versions("b-value", false).get(0).id()).isEqualTo(2);
        assertThat(state.maxId()).isEqualTo(2);
    }

    @Test
    void shouldKeepTheFirstIdOfAKnownSchema() {
        state.apply(new RegistryRecord.SchemaVersion("a-value", 1, 1, "\"int\"", false));
        state.apply(new RegistryRecord.SchemaVersion("b-value", 1, 5, "\"int\"", false));

        assertThat(state.versions("b-value", false).get(0).id()).isEqualTo(1);
        assertThat(state.schemaById(5)).isEmpty();
    }

    @Test
    void shouldHideSoftDeletedVersionsButKeepTheirIds() {
        state.apply(new RegistryRecord.SchemaVersion("a-value", 1, 1, "\"int\"", false));
        state.apply(new RegistryRecord.SchemaVersion("a-value", 1, 1, "\"int\"", true));

        assertThat(state.subjects(false)).isEmpty();
        assertThat(state.subjects(true)).containsExactly("a-value");
        assertThat(state.maxVersion("a-value")).isEqualTo(1);
        assertThat(state.schemaById(1)).contains("\"int\"");
    }

    @Test
    void shouldFallBackToBackwardWhenGlobalConfigIsRemoved() {
        state.apply(new RegistryRecord.Config(null, CompatibilityLevel.NONE));
        state.apply(new RegistryRecord.Config("a-value", CompatibilityLevel.FULL));

        assertThat(state.effectiveLevel("a-value")).isEqualTo(CompatibilityLevel.FULL);
        assertThat(state.effectiveLevel("b-value")).isEqualTo(CompatibilityLevel.NONE);
        state.apply(new RegistryRecord.Config(null, null));
        assertThat(state.globalLevel()).isEqualTo(CompatibilityLevel.BACKWARD);
    }
}
