package io.hirehub.edge.query;

import io.hirehub.edge.ops.ReadinessCheck;
import io.hirehub.topologies.match.query.MatchQueries;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Ready when this instance can answer or forward match reads: matching's query port is here and its
 * application runs (RUNNING, or REBALANCING after having run: a routine rebalance keeps every
 * instance ready, the reads answer 503 + Retry-After meanwhile; a fresh instance still restoring is
 * not ready).
 */
public final class QueryRoutingCheck implements ReadinessCheck {

    private final Supplier<Optional<MatchQueries>> queries;

    public QueryRoutingCheck(final Supplier<Optional<MatchQueries>> queries) {
        this.queries = Objects.requireNonNull(queries, "queries");
    }

    @Override
    public String name() {
        return "queries";
    }

    @Override
    public Optional<String> problem() {
        return queries.get()
                .map(MatchQueries::servingProblem)
                .orElse(Optional.of("matching does not run on this instance (yet): match reads cannot be routed"));
    }
}
