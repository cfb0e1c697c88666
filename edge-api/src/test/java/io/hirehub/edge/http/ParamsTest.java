package io.hirehub.edge.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void shouldAcceptOnlyCanonicalUuids() {
        final UUID id = UUID.randomUUID();

        assertThat(Params.uuid(id.toString())).contains(id);
        assertThat(Params.uuid(id.toString().toUpperCase(java.util.Locale.ROOT)))
                .contains(id);
        assertThat(Params.uuid("1-2-3-4-5")).isEmpty();
        assertThat(Params.uuid("not-a-uuid")).isEmpty();
        assertThat(Params.uuid(null)).isEmpty();
        assertThat(Params.uuid(id.toString().replace('-', 'x'))).isEmpty();
    }
}
