package io.hirehub.edge.matches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.hirehub.avro.derived.MatchDetail;
import io.hirehub.edge.http.ApiException;
import io.hirehub.edge.http.ProblemType;
import io.hirehub.edge.matches.CompanyMatchGather.Gathered;
import io.hirehub.edge.matches.CompanyMatchViews.CompanyMatchRow;
import io.hirehub.edge.matches.CompanyMatchViews.JobTop;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsAnswer;
import io.hirehub.edge.matches.CompanyMatchViews.JobTopsRequest;
import io.hirehub.edge.query.PeerUnavailableException;
import io.hirehub.edge.query.QuerySettings;
import io.hirehub.schemas.keys.PairKey;
import io.hirehub.topologies.match.query.MatchQueries;
import io.hirehub.topologies.match.query.MatchStore;
import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The gathering over a fake of matching's query port and fake peers: each owner is asked once for
 * its own keys, this instance reads its active copy only, and every way a part can be missing is a
 * 503 with Retry-After naming why.
 */
class CompanyMatchGatherTest {

    private static final HostAddress SELF = new HostAddress("self", 7000);
    private static final HostAddress PEER = new HostAddress("peer", 7001);
    private static final HostAddress THIRD = new HostAddress("third", 7002);
    private static final UUID COMPANY = UUID.randomUUID();
    private static final QuerySettings SETTINGS =
            new QuerySettings(100, Duration.ofSeconds(3), Duration.ofMillis(200), Duration.ofSeconds(1));

    private final FakeQueries port = new FakeQueries();
    private final List<Asked> asked = new ArrayList<>();

    private record Asked(HostAddress to, JobTopsRequest request, Optional<String> authorization) {}

    /** This instance's copy: who owns each job, the tops it holds, whether active reads work. */
    private static final class FakeQueries implements MatchQueries {
        final Map<String, KeyOwners> owners = new HashMap<>();
        final Map<String, Values.JobTop> tops = new HashMap<>();
        final List<ReadFrom> reads = new ArrayList<>();
        boolean activeReadable = true;

        @Override
        public Optional<TopMatches> topMatches(
                final String jobId, final int offset, final int limit, final ReadFrom from) {
            reads.add(from);
            if (!activeReadable) {
                throw new StoreUnavailableException("match-job-top", new IllegalStateException("rebalancing"));
            }
            return Optional.ofNullable(tops.get(jobId)).map(top -> TopMatches.of(top, offset, limit));
        }

        @Override
        public Optional<Values.RankedList> recommendations(final String userId, final ReadFrom from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<MatchDetail> detail(final PairKey pair, final ReadFrom from) {
            throw new UnsupportedOperationException();
        }

        @Override
        public KeyOwners owners(final MatchStore store, final String key) {
            assertThat(store).isEqualTo(MatchStore.JOB_TOP);
            return owners.getOrDefault(key, KeyOwners.unavailable());
        }

        @Override
        public OptionalLong localLag(final MatchStore store, final int partition) {
            return OptionalLong.empty();
        }

        @Override
        public Optional<String> servingProblem() {
            return Optional.empty();
        }
    }

    private UUID localJob(final String... resumesAndScores) {
        final UUID job = UUID.randomUUID();
        port.owners.put(job.toString(), new KeyOwners(0, Optional.of(SELF), List.of(PEER), true));
        final List<Values.RankedMatch> matches = new ArrayList<>();
        for (int i = 0; i < resumesAndScores.length; i += 2) {
            matches.add(new Values.RankedMatch(
                    job.toString(), resumesAndScores[i], "u", new BigDecimal(resumesAndScores[i + 1])));
        }
        port.tops.put(job.toString(), new Values.JobTop(matches, 2, 2, 0));
        return job;
    }

    private UUID remoteJob(final HostAddress owner) {
        final UUID job = UUID.randomUUID();
        // This instance holds a standby of it: it must not be read here.
        port.owners.put(job.toString(), new KeyOwners(1, Optional.of(owner), List.of(SELF), false));
        return job;
    }

    private CompanyMatchGather gather(final CompanyMatchGather.Peers peers) {
        return new CompanyMatchGather(() -> Optional.of(port), peers, SETTINGS);
    }

    /** Peers answering the tops of what they are asked, one row each. */
    private CompanyMatchGather.Peers answering() {
        return (to, request, authorization) -> {
            asked.add(new Asked(to, request, authorization));
            return CompletableFuture.completedFuture(new JobTopsAnswer(request.jobIds().stream()
                    .map(job -> new JobTop(
                            job.toString(),
                            true,
                            List.of(new CompanyMatchRow(
                                    job.toString(), "r@" + to.host(), "u", new BigDecimal("77"), 1))))
                    .toList()));
        };
    }

    private static void assertUnavailable(final Runnable read, final String... detail) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.type()).isEqualTo(ProblemType.UNAVAILABLE);
            assertThat(e.retryAfter()).contains(Duration.ofSeconds(3));
            assertThat(e.getMessage()).contains(detail);
        });
    }

    @Test
    void shouldReadLocalJobsFromTheActiveCopyAndAskEachOtherOwnerOnceForItsJobs() {
        final UUID mine = localJob("r1", "90", "r2", "60");
        final UUID atPeer1 = remoteJob(PEER);
        final UUID atPeer2 = remoteJob(PEER);
        final UUID atThird = remoteJob(THIRD);

        final Gathered gathered = gather(answering())
                .gather(COMPANY, List.of(mine, atPeer1, atThird, atPeer2), 5, Optional.of("Bearer t"));

        assertThat(asked).hasSize(2);
        assertThat(asked.get(0).to()).isEqualTo(PEER);
        assertThat(asked.get(0).request()).isEqualTo(new JobTopsRequest(COMPANY, List.of(atPeer1, atPeer2), 5));
        assertThat(asked.get(0).authorization()).contains("Bearer t");
        assertThat(asked.get(1).request().jobIds()).containsExactly(atThird);
        assertThat(port.reads).containsExactly(ReadFrom.ACTIVE);
        assertThat(gathered.servedBy()).containsExactly("local", "peer:7001", "third:7002");
        assertThat(gathered.tops())
                .extracting(JobTop::jobId)
                .containsExactlyInAnyOrder(mine.toString(), atPeer1.toString(), atPeer2.toString(), atThird.toString());
        final JobTop local = gathered.tops().stream()
                .filter(top -> top.jobId().equals(mine.toString()))
                .findFirst()
                .orElseThrow();
        assertThat(local.matches())
                .extracting(CompanyMatchRow::resumeId, CompanyMatchRow::rank)
                .containsExactly(tuple("r1", 1), tuple("r2", 2));
    }

    @Test
    void shouldReadOnlyPerJobRowsOfEachLocalTop() {
        final UUID mine = localJob("r1", "90", "r2", "80", "r3", "70");

        final Gathered gathered = gather(answering()).gather(COMPANY, List.of(mine), 2, Optional.empty());

        assertThat(gathered.tops().get(0).matches())
                .extracting(CompanyMatchRow::resumeId)
                .containsExactly("r1", "r2");
        assertThat(asked).isEmpty();
        assertThat(gathered.servedBy()).containsExactly("local");
    }

    @Test
    void shouldLeaveOutAJobWithoutAListAndAskNobodyForNoJobs() {
        final UUID unscored = localJob();
        port.tops.remove(unscored.toString());

        assertThat(gather(answering())
                        .gather(COMPANY, List.of(unscored), 5, Optional.empty())
                        .tops())
                .isEmpty();
        final Gathered none = gather(answering()).gather(COMPANY, List.of(), 5, Optional.empty());
        assertThat(none.tops()).isEmpty();
        assertThat(none.servedBy()).isEmpty();
        assertThat(asked).isEmpty();
    }

    @Test
    void shouldAnswerACompanyWithoutOpenJobsEvenWhileMatchingDoesNotRunHere() {
        final Gathered none = new CompanyMatchGather(Optional::empty, answering(), SETTINGS)
                .gather(COMPANY, List.of(), 5, Optional.empty());

        assertThat(none.tops()).isEmpty();
    }

    @Test
    void shouldDropWhatAPeerSendsForJobsItWasNotAsked() {
        final UUID atPeer = remoteJob(PEER);
        final UUID mine = localJob("r1", "50");
        final CompanyMatchGather.Peers overeager =
                (to, request, authorization) -> CompletableFuture.completedFuture(new JobTopsAnswer(List.of(
                        new JobTop(atPeer.toString(), true, List.of()),
                        new JobTop(
                                mine.toString(),
                                true,
                                List.of(new CompanyMatchRow(mine.toString(), "stale", "u", BigDecimal.TEN, 1))))));

        final Gathered gathered = gather(overeager).gather(COMPANY, List.of(mine, atPeer), 5, Optional.empty());

        assertThat(gathered.tops()).hasSize(2);
        assertThat(gathered.tops().stream().flatMap(top -> top.matches().stream()))
                .extracting(CompanyMatchRow::resumeId)
                .containsExactly("r1");
    }

    @Test
    void shouldAnswer503NamingTheJobsNobodyOwnsDuringARebalance() {
        final UUID mine = localJob("r1", "90");
        final UUID orphan = UUID.randomUUID();

        assertUnavailable(
                () -> gather(answering()).gather(COMPANY, List.of(mine, orphan), 5, Optional.empty()),
                "rebalancing",
                "job " + orphan);
        assertThat(asked).isEmpty();
        assertThat(port.reads).isEmpty();
    }

    @Test
    void shouldAnswer503NamingThePeerThatDidNotAnswer() {
        final UUID atPeer = remoteJob(PEER);
        final CompanyMatchGather.Peers down = (to, request, authorization) -> CompletableFuture.failedFuture(
                new PeerUnavailableException(to, "cannot be reached (ConnectException)", null));

        assertUnavailable(
                () -> gather(down).gather(COMPANY, List.of(atPeer), 5, Optional.empty()),
                "instance peer:7001 cannot be reached",
                "retry");
    }

    @Test
    void shouldAnswer503WhenAPeerNeverAnswers() {
        final UUID atPeer = remoteJob(PEER);
        final CompletableFuture<JobTopsAnswer> never = new CompletableFuture<>();

        assertUnavailable(
                () -> gather((to, request, authorization) -> never)
                        .gather(COMPANY, List.of(atPeer), 5, Optional.empty()),
                "instance peer:7001 did not answer within 1200 ms");
        assertThat(never).isCancelled();
    }

    @Test
    void shouldAnswer503WhenThisInstancesActiveCopyCannotBeRead() {
        final UUID mine = localJob("r1", "90");
        port.activeReadable = false;

        assertUnavailable(
                () -> gather(answering()).gather(COMPANY, List.of(mine), 5, Optional.empty()),
                "active copy of match-job-top cannot be read");
    }

    @Test
    void shouldAnswer503WhenMatchingDoesNotRunHere() {
        assertUnavailable(
                () -> new CompanyMatchGather(Optional::empty, answering(), SETTINGS)
                        .gather(COMPANY, List.of(UUID.randomUUID()), 5, Optional.empty()),
                "matching does not run on this instance");
    }

    @Test
    void shouldReadOwnedJobsFromTheActiveCopyOnly() {
        final UUID mine = localJob("r1", "90", "r2", "10");

        final List<JobTop> tops = gather(answering()).readOwned(List.of(mine), 1);

        assertThat(tops).hasSize(1);
        assertThat(tops.get(0).matches()).extracting(CompanyMatchRow::resumeId).containsExactly("r1");
        assertThat(tops.get(0).complete()).isTrue();
        assertThat(port.reads).containsExactly(ReadFrom.ACTIVE);
    }

    @Test
    void shouldRefuseToReadJobsThisInstanceDoesNotOwnActivelyEvenWithAStandbyHere() {
        final UUID mine = localJob("r1", "90");
        final UUID standbyHere = remoteJob(PEER);
        final UUID orphan = UUID.randomUUID();

        assertUnavailable(
                () -> gather(answering()).readOwned(List.of(mine, standbyHere, orphan), 5),
                "does not own jobs " + orphan + ", " + standbyHere + " actively");
        assertThat(port.reads).isEmpty();
    }

    @Test
    void shouldNameAtMostTenJobsInADetail() {
        final List<String> jobs = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
            jobs.add("j" + i);
        }

        assertThat(CompanyMatchGather.named(List.of("j0"))).isEqualTo("job j0");
        assertThat(CompanyMatchGather.named(jobs)).isEqualTo("jobs j0, j1, j2, j3, j4, j5, j6, j7, j8, j9 and 3 more");
    }
}
