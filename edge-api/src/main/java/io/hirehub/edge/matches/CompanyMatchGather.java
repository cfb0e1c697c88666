package io.hirehub.edge.matches;

import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.matches.CompanyMatchViews.JobTop;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsAnswer;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsRequest;
import io.hirehub.edge.query.OwnerGroups;
import io.hirehub.edge.query.PeerClient;
import io.hirehub.edge.query.PeerUnavailableException;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gathers the tops of many jobs from the instances that own them: the job keys are grouped by the
 * instance holding their ACTIVE copy of {@code match-job-top} ({@link OwnerGroups}); this instance
 * reads its own group from its active copy, and every other owner is sent ONE batched request
 * ({@value #INTERNAL_PATH}, one hop) for its group, all at once. The asked instance reads its active
 * copy only and refuses keys it does not own actively, so no key is read twice and no standby copy is
 * merged.
 *
 * <p>All or nothing: when a key has no active owner (a rebalance), an owner's store cannot be read
 * actively, or an owner does not answer (down, timed out, refused), the read is a 503 with
 * {@code Retry-After} whose detail names the reason and the jobs or instance concerned; a partial
 * list is never presented as the company's best.
 */
public final class CompanyMatchGather {

    /** The internal route one instance asks another for the tops of the jobs it owns actively. */
    public static final String INTERNAL_PATH = "/v1/internal/matching/job-tops";

    private static final Logger LOG = LoggerFactory.getLogger(CompanyMatchGather.class);
    /** Job ids named in a 503's detail, at most. */
    private static final int NAMED = 10;

    /** Asks another instance for the tops of the jobs it owns actively. */
    @FunctionalInterface
    public interface Peers {
        CompletableFuture<JobTopsAnswer> ask(HostAddress to, JobTopsRequest request, Optional<String> authorization);

        /** Over HTTP, to {@value #INTERNAL_PATH}. */
        static Peers over(final PeerClient client) {
            return (to, request, authorization) ->
                    client.post(to, INTERNAL_PATH, request, authorization, JobTopsAnswer.class);
        }
    }

    /**
     * The tops gathered.
     *
     * @param tops     one per job that has a list (a job not scored yet has none)
     * @param servedBy who answered: {@code local} for this instance, {@code host:port} for the others
     */
    public record Gathered(List<JobTop> tops, List<String> servedBy) {
        public Gathered {
            tops = List.copyOf(tops);
            servedBy = List.copyOf(servedBy);
        }
    }

    private final Supplier<Optional<MatchQueries>> queries;
    private final Peers peers;
    private final QuerySettings settings;

    public CompanyMatchGather(
            final Supplier<Optional<MatchQueries>> queries, final Peers peers, final QuerySettings settings) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.peers = Objects.requireNonNull(peers, "peers");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The tops of {@code jobs} (the company's), {@code perJob} best each, from their active owners. */
    public Gathered gather(
            final UUID company, final List<UUID> jobs, final int perJob, final Optional<String> authorization) {
        if (jobs.isEmpty()) {
            return new Gathered(List.of(), List.of());
        }
        final MatchQueries port = port();
        final OwnerGroups groups = OwnerGroups.of(keys(jobs), key -> port.owners(MatchStore.JOB_TOP, key));
        if (!groups.allOwned()) {
            throw unavailable("the instances are rebalancing: no instance owns " + named(groups.unavailable())
                    + " actively now; retry");
        }
        final Map<HostAddress, CompletableFuture<JobTopsAnswer>> asked = new LinkedHashMap<>();
        groups.remote()
                .forEach((host, keys) -> asked.put(
                        host,
                        peers.ask(
                                host,
                                new JobTopsRequest(
                                        company,
                                        keys.stream().map(UUID::fromString).toList(),
                                        perJob),
                                authorization)));
        final List<JobTop> tops = new ArrayList<>();
        final List<String> servedBy = new ArrayList<>();
        try {
            if (!groups.local().isEmpty()) {
                tops.addAll(readActive(port, groups.local(), perJob));
                servedBy.add("local");
            }
            final long deadline = System.nanoTime() + waitBound().toNanos();
            for (final Map.Entry<HostAddress, CompletableFuture<JobTopsAnswer>> answer : asked.entrySet()) {
                final Set<String> wanted = Set.copyOf(groups.remote().get(answer.getKey()));
                for (final JobTop top :
                        await(answer.getKey(), answer.getValue(), deadline).tops()) {
                    // Only what was asked of that instance: a key it was not asked for may be another's.
                    if (wanted.contains(top.jobId())) {
                        tops.add(top);
                    }
                }
                servedBy.add(answer.getKey().toString());
            }
        } finally {
            asked.values().forEach(future -> future.cancel(true));
        }
        return new Gathered(tops, servedBy);
    }

    /**
     * The internal route's read: the tops of {@code jobs}, every one of which this instance must own
     * actively; otherwise a 503 naming the jobs it does not (the caller's view of the owners is stale).
     */
    public List<JobTop> readOwned(final List<UUID> jobs, final int perJob) {
        final MatchQueries port = port();
        final OwnerGroups groups = OwnerGroups.of(keys(jobs), key -> port.owners(MatchStore.JOB_TOP, key));
        if (!groups.allLocal()) {
            final List<String> elsewhere = new ArrayList<>(groups.unavailable());
            groups.remote().values().forEach(elsewhere::addAll);
            throw unavailable("this instance does not own " + named(elsewhere)
                    + " actively (the group is rebalancing or moved them); ask their owner again");
        }
        return readActive(port, groups.local(), perJob);
    }

    private List<JobTop> readActive(final MatchQueries port, final List<String> keys, final int perJob) {
        final List<JobTop> tops = new ArrayList<>();
        for (final String key : keys) {
            try {
                port.topMatches(key, 0, perJob, ReadFrom.ACTIVE)
                        .map(top -> JobTop.of(key, top))
                        .ifPresent(tops::add);
            } catch (StoreUnavailableException e) {
                LOG.debug("store {} unavailable for an active read of job {}: {}", e.store(), key, e.getMessage());
                throw unavailable("this instance's active copy of " + e.store()
                        + " cannot be read now (a rebalance or restore); retry");
            }
        }
        return tops;
    }

    private JobTopsAnswer await(
            final HostAddress peer, final CompletableFuture<JobTopsAnswer> answer, final long deadline) {
        try {
            return answer.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            final Throwable cause = e.getCause();
            LOG.info("gathering job tops: {}", cause == null ? e.toString() : cause.getMessage());
            if (cause instanceof PeerUnavailableException peerDown) {
                throw unavailable(peerDown.getMessage() + "; retry");
            }
            throw unavailable("instance " + peer + " failed to answer (" + cause + "); retry");
        } catch (TimeoutException e) {
            LOG.info("gathering job tops: instance {} did not answer in time", peer);
            throw unavailable(
                    "instance " + peer + " did not answer within " + waitBound().toMillis() + " ms; retry");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted while waiting for instance " + peer + "; retry");
        }
    }

    /** Every peer answers within the forwarding timeout; a little more covers the call's own overhead. */
    private Duration waitBound() {
        return settings.forwardTimeout().plusSeconds(1);
    }

    private MatchQueries port() {
        return queries.get().orElseThrow(() -> unavailable("matching does not run on this instance; retry shortly"));
    }

    private static List<String> keys(final Collection<UUID> jobs) {
        return jobs.stream().map(UUID::toString).toList();
    }

    /** "job X" or "jobs X, Y and 3 more". */
    static String named(final List<String> jobs) {
        final String shown = jobs.stream().limit(NAMED).collect(Collectors.joining(", "));
        return (jobs.size() == 1 ? "job " : "jobs ")
                + shown
                + (jobs.size() > NAMED ? " and " + (jobs.size() - NAMED) + " more" : "");
    }

    private ApiException unavailable(final String detail) {
        return ApiException.unavailable(ProblemType.UNAVAILABLE, detail, settings.retryAfter());
    }
}
