package io.hirehub.edge.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.topologies.match.query.MatchQueries;
import java.lang.reflect.Proxy;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueryRoutingCheckTest {

    /** A port whose only answer is its serving state. */
    private static MatchQueries serving(final Optional<String> problem) {
        return (MatchQueries) Proxy.newProxyInstance(
                MatchQueries.class.getClassLoader(), new Class<?>[] {MatchQueries.class}, (proxy, method, args) -> {
                    if (method.getName().equals("servingProblem")) {
                        return problem;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void shouldBeReadyWhenMatchingServes() {
        final QueryRoutingCheck check = new QueryRoutingCheck(() -> Optional.of(serving(Optional.empty())));

        assertThat(check.name()).isEqualTo("queries");
        assertThat(check.problem()).isEmpty();
    }

    @Test
    void shouldNameWhyMatchingCannotServe() {
        final QueryRoutingCheck check = new QueryRoutingCheck(() ->
                Optional.of(serving(Optional.of("hirehub-matching is REBALANCING (starting: restoring its state)"))));

        assertThat(check.problem()).contains("hirehub-matching is REBALANCING (starting: restoring its state)");
    }

    @Test
    void shouldNotBeReadyWithoutMatchingOnThisInstance() {
        assertThat(new QueryRoutingCheck(Optional::empty).problem())
                .get()
                .asString()
                .contains("matching does not run on this instance");
    }
}
