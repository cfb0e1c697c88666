package io.hirehub.bench.match.e2e;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.derived.ResumeProfileSkill;
import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.edge.write.NewCompany;
import io.hirehub.edge.write.NewJob;
import io.hirehub.edge.write.NewSkillTag;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.schemas.registry.HttpSchemaRegistryClient;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.stack.EmbeddedStack;
import io.hirehub.stack.config.HirehubSettings;
import io.hirehub.topologies.embed.LocalHashingEmbeddingProvider;
import io.hirehub.topologies.match.query.TopMatches;
import io.hirehub.topologies.match.topology.MatchNames;
import io.hirehub.topologies.query.ReadFrom;
import io.hirehub.topologies.query.StoreUnavailableException;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.HdrHistogram.Histogram;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * End-to-end matching benchmark (not a test) on a fresh embedded stack (CDC + matching parts):
 * R resume profiles published to {@code hirehub.resume.profiles}, J open jobs written through the
 * edge writers (PostgreSQL → CDC → job profile → matching); then
 * <ul>
 *   <li>job latency: a job committed in PostgreSQL → its top-N queryable (interactive query), and</li>
 *   <li>resume latency: a resume profile published → its recommendations queryable,</li>
 * </ul>
 * each probed one at a time, p50/p99/max with HdrHistogram.
 *
 * <p>Run: {@code java -cp <bench classpath> io.hirehub.bench.match.e2e.MatchE2eBenchmark [resumes] [jobs] [probes]}.
 * {@code -Dhirehub.<key>=<value>} overrides a setting; the data dir is deleted at the end unless
 * {@code -Dhirehub.bench.keep=true}.
 */
public final class MatchE2eBenchmark {

    private static final Logger LOG = LoggerFactory.getLogger(MatchE2eBenchmark.class);
    /** Topics a job change passes on its way to the top-N store, in order (internal ones carry the app id). */
    private static final List<String> JOB_PATH = List.of(
            Topics.JOBS.name(),
            MatchingApp.APPLICATION_ID + "-" + MatchNames.JOB_CHANGES_BY_JOB + "-repartition",
            Topics.JOB_PROFILES.name(),
            MatchingApp.APPLICATION_ID + "-" + MatchNames.JOB_BROADCAST + "-repartition",
            MatchingApp.APPLICATION_ID + "-" + MatchNames.PARTIAL_TOPS + "-repartition");

    private static final List<String> SKILLS = List.of(
            "Java",
            "Kafka",
            "Spring Boot",
            "PostgreSQL",
            "Python",
            "React",
            "TypeScript",
            "Go",
            "Kubernetes",
            "AWS",
            "Docker",
            "Redis",
            "Figma",
            "Swift",
            "Kotlin");

    private MatchE2eBenchmark() {}

    public static void main(final String[] args) throws Exception {
        final int resumes = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        final int jobs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        final int probes = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        final Path dataDir = Files.createTempDirectory("hirehub-match-bench-");
        final Map<String, String> overrides = new LinkedHashMap<>(Map.of(
                "data.dir",
                dataDir.toString(),
                "env",
                "bench",
                "kafka.port",
                "0",
                "kafka.controller.port",
                "0",
                "postgres.port",
                "0",
                "s3.port",
                "0",
                "registry.port",
                "0",
                "edge.port",
                "0",
                "topics.partitions",
                "6"));
        // -Dhirehub.<key>=<value> sets any key, e.g. -Dhirehub.match.stream.threads=1
        System.getProperties().stringPropertyNames().stream()
                .filter(k -> k.startsWith("hirehub.") && !k.startsWith("hirehub.bench."))
                .forEach(k -> overrides.put(k.substring("hirehub.".length()), System.getProperty(k)));
        final HirehubSettings settings = HirehubSettings.load(Optional.empty(), Map.of(), overrides);
        try (EmbeddedStack stack = EmbeddedStack.start(settings);
                DataTargets targets = DataTargets.open(
                        stack.endpoints(),
                        MigrationSettings.of(
                                stack.endpoints().jdbc().url(),
                                stack.endpoints().jdbc().user(),
                                stack.endpoints().jdbc().password()));
                KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of(
                                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                                stack.endpoints().kafka(),
                                ProducerConfig.LINGER_MS_CONFIG,
                                5),
                        new StringSerializer(),
                        new ByteArraySerializer())) {
            final MatchingApp matching = stack.component(MatchingStackComponent.class)
                    .flatMap(MatchingStackComponent::runtime)
                    .orElseThrow();
            new Run(stack, targets, producer, matching).go(resumes, jobs, probes);
        } finally {
            // A 100k-resume run leaves gigabytes of logs and stores behind; keep them only on request.
            if (!Boolean.getBoolean("hirehub.bench.keep")) {
                deleteRecursively(dataDir);
            }
        }
    }

    private static void deleteRecursively(final Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static final class Run {
        private final EmbeddedStack stack;
        private final DataTargets targets;
        private final KafkaProducer<String, byte[]> producer;
        private final MatchingApp matching;
        private final AvroSerializer<SpecificRecord> avro;
        private final LocalHashingEmbeddingProvider embeddings = new LocalHashingEmbeddingProvider();
        private final Random random = new Random(42);
        private UUID company;

        Run(
                final EmbeddedStack stack,
                final DataTargets targets,
                final KafkaProducer<String, byte[]> producer,
                final MatchingApp matching) {
            this.stack = stack;
            this.targets = targets;
            this.producer = producer;
            this.matching = matching;
            this.avro = new AvroSerializer<>(
                    HttpSchemaRegistryClient.of(stack.endpoints().registry()));
        }

        void go(final int resumes, final int jobs, final int probes) throws Exception {
            company = targets.companies()
                    .create(new NewCompany(
                            null,
                            "벤치테크",
                            null,
                            "IT/소프트웨어",
                            "51-200",
                            "서울 강남구",
                            null,
                            "설명",
                            List.of(new NewCompany.Member(null, null, "hr@bench.example", "김인사", "인사팀장", true))));
            long t = System.nanoTime();
            for (int i = 0; i < resumes; i++) {
                publish(resume(UUID.randomUUID(), randomVector(), pick(3)));
            }
            producer.flush();
            LOG.info("published {} resume profiles in {} ms", resumes, ms(t));

            t = System.nanoTime();
            final List<NewJob> batch = new ArrayList<>();
            UUID last = null;
            for (int i = 0; i < jobs; i++) {
                batch.add(job(i, pick(2)));
                if (batch.size() == 200 || i == jobs - 1) {
                    final List<UUID> ids = targets.jobs().createAll(batch);
                    last = ids.get(ids.size() - 1);
                    batch.clear();
                }
            }
            final UUID lastJob = last;
            LOG.info("committed {} jobs in {} ms", jobs, ms(t));
            try (Admin admin =
                    Admin.create(Map.of("bootstrap.servers", stack.endpoints().kafka()))) {
                LagWaiter.awaitDrained(admin, List.of(MatchingApp.APPLICATION_ID, "hirehub-match-writeback"), 7_200);
            }
            waitFor(() -> complete(matching, lastJob), 60);
            LOG.info("matching and its write-back drained {} ms after the first job commit", ms(t));

            final Histogram jobLatency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            final Map<String, Histogram> hops = new LinkedHashMap<>();
            try (StageTracer tracer = new StageTracer(stack.endpoints().kafka(), JOB_PATH)) {
                for (int i = 0; i < probes; i++) {
                    final long start = System.nanoTime();
                    final UUID id = targets.jobs().create(job(jobs + i, pick(2)));
                    waitFor(() -> complete(matching, id), 120);
                    final long end = System.nanoTime();
                    jobLatency.recordValue((end - start) / 1_000);
                    long previous = start;
                    for (final String topic : JOB_PATH) {
                        final long seen = tracer.seen(topic, id.toString());
                        if (seen > 0) {
                            hops.computeIfAbsent("-> " + topic, k -> new Histogram(TimeUnit.MINUTES.toMicros(10), 3))
                                    .recordValue(Math.max(0, seen - previous) / 1_000);
                            previous = seen;
                        }
                    }
                    hops.computeIfAbsent(
                                    "-> top-N store queryable", k -> new Histogram(TimeUnit.MINUTES.toMicros(10), 3))
                            .recordValue(Math.max(0, end - previous) / 1_000);
                }
            }
            final Histogram resumeLatency = new Histogram(TimeUnit.MINUTES.toMicros(10), 3);
            for (int i = 0; i < probes; i++) {
                // A resume written like probe job i's text and skills, so it is recommended that job.
                final List<String> skills = pick(2);
                final NewJob like = job(jobs + probes + i, skills);
                targets.jobs().create(like);
                final UUID user = UUID.randomUUID();
                final ResumeProfile profile = resume(user, embeddings.embed(List.of(text(like)))[0], skills);
                waitFor(() -> complete(matching, like.id()), 120);
                final long start = System.nanoTime();
                publish(profile);
                producer.flush();
                waitFor(
                        () -> present(() -> matching.queries()
                                .recommendations(user.toString(), ReadFrom.ACTIVE)
                                .isPresent()),
                        120);
                resumeLatency.recordValue((System.nanoTime() - start) / 1_000);
            }
            report("job committed in PostgreSQL -> complete top-N queryable", jobLatency);
            hops.forEach((hop, h) -> report("  hop " + hop, h));
            report("resume profile published -> recommendations queryable", resumeLatency);
            System.out.printf(
                    "scale: %d resume profiles x %d open jobs (+%d probe jobs), 6 partitions, 1536 dims, "
                            + "%d stream threads%n",
                    resumes, jobs, 2 * probes, stack.settings().matching().streamThreads());
        }

        private ResumeProfile resume(final UUID user, final float[] vector, final List<String> skills) {
            final List<Float> embedding = new ArrayList<>(vector.length);
            for (final float f : vector) {
                embedding.add(f);
            }
            final List<ResumeProfileSkill> list = new ArrayList<>();
            skills.forEach(s -> list.add(ResumeProfileSkill.newBuilder()
                    .setName(s)
                    .setYears(4)
                    .setProficiency(null)
                    .build()));
            return ResumeProfile.newBuilder()
                    .setResumeId(UUID.randomUUID())
                    .setUserId(user)
                    .setSkills(list)
                    .setTotalExperienceYears(new BigDecimal("5.0"))
                    .setDesiredPosition("백엔드 개발자")
                    .setDesiredSalaryMin(null)
                    .setDesiredSalaryMax(null)
                    .setLocation("서울")
                    .setEmbedding(embedding)
                    .setUpdatedAt(Instant.now().truncatedTo(ChronoUnit.MICROS))
                    .build();
        }

        private NewJob job(final int i, final List<String> skills) {
            final Instant now = Instant.now();
            final List<NewSkillTag> tags =
                    skills.stream().map(NewSkillTag::named).toList();
            return new NewJob(
                    UUID.randomUUID(),
                    company,
                    "백엔드 개발자 #" + i + " (" + String.join("/", skills) + ")",
                    "서비스 개발 " + i,
                    String.join(", ", skills) + " 3년 이상",
                    JobType.FULL_TIME,
                    ExperienceLevel.MID,
                    3,
                    7,
                    null,
                    null,
                    "서울 강남구",
                    RemoteType.HYBRID,
                    JobStatus.OPEN,
                    now,
                    now.plus(30, ChronoUnit.DAYS),
                    tags,
                    List.of());
        }

        /** The text the job-profile builder embeds for {@code job} (title, description, requirements, skills). */
        private static String text(final NewJob job) {
            final List<String> names =
                    job.required().stream().map(NewSkillTag::name).sorted().toList();
            return String.join("\n", job.title(), job.description(), job.requirements(), String.join(", ", names), "");
        }

        private void publish(final ResumeProfile profile) {
            producer.send(new ProducerRecord<>(
                    Topics.RESUME_PROFILES.name(),
                    profile.getResumeId().toString(),
                    avro.serialize(Topics.RESUME_PROFILES.name(), profile)));
        }

        private float[] randomVector() {
            final float[] v = new float[LocalHashingEmbeddingProvider.DEFAULT_DIMENSIONS];
            double norm = 0;
            for (int i = 0; i < v.length; i++) {
                v[i] = (float) random.nextGaussian();
                norm += v[i] * v[i];
            }
            final float scale = (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < v.length; i++) {
                v[i] *= scale;
            }
            return v;
        }

        private List<String> pick(final int n) {
            final List<String> copy = new ArrayList<>(SKILLS);
            Collections.shuffle(copy, random);
            return List.copyOf(copy.subList(0, n));
        }
    }

    /** Whether the job's top-N is queryable and every shard has contributed to it. */
    private static boolean complete(final MatchingApp matching, final UUID job) {
        return present(() -> matching.queries()
                .topMatches(job.toString(), 0, 1, ReadFrom.ACTIVE)
                .map(TopMatches::complete)
                .orElse(false));
    }

    private static boolean present(final BooleanSupplier query) {
        try {
            return query.getAsBoolean();
        } catch (StoreUnavailableException e) {
            return false;
        }
    }

    private static void waitFor(final BooleanSupplier condition, final int seconds) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("not queryable within " + seconds + " s");
            }
            Thread.sleep(2);
        }
    }

    private static long ms(final long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void report(final String what, final Histogram h) {
        System.out.printf(
                "%s: n=%d p50=%.1f ms p99=%.1f ms max=%.1f ms%n",
                what,
                h.getTotalCount(),
                h.getValueAtPercentile(50) / 1000.0,
                h.getValueAtPercentile(99) / 1000.0,
                h.getMaxValue() / 1000.0);
    }
}
