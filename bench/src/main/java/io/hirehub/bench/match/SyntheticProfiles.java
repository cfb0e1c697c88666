package io.hirehub.bench.match;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import io.hirehub.topologies.match.scoring.HeldSkill;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic synthetic profiles for the match benchmarks. Embeddings are clustered like real
 * text embeddings: {@code normalise(topic centre + noise)} over a few hundred topics, so a job's
 * nearest resumes share its topic but their cosines sit close together — the hard case for an
 * approximate scan. A job's and a resume's skills are drawn from their topic's skill set, so the
 * embedding and the skill score are correlated as they are in real data.
 */
public final class SyntheticProfiles {

    /** Embedding dimensions of Titan / OpenAI text-embedding models. */
    public static final int DIMS = 1536;

    private static final String[] SKILLS = {
        "Java",
        "Spring",
        "Kotlin",
        "Python",
        "Django",
        "Go",
        "Rust",
        "PostgreSQL",
        "MySQL",
        "MongoDB",
        "Redis",
        "Kafka",
        "Elasticsearch",
        "AWS",
        "GCP",
        "Azure",
        "Kubernetes",
        "Docker",
        "Terraform",
        "React",
        "Vue",
        "TypeScript",
        "Node.js",
        "Swift",
        "Android",
        "Spark",
        "Airflow",
        "PyTorch",
        "TensorFlow",
        "SQL"
    };
    private static final String[] CITIES = {"서울 강남구", "서울 마포구", "경기 성남시", "부산", "대전", "인천", "대구"};
    private static final String[] POSITIONS = {
        "백엔드 개발자", "프론트엔드 개발자", "데이터 엔지니어", "스타트업 백엔드 개발자", "DevOps 엔지니어", "머신러닝 엔지니어", "모바일 개발자", "대기업 서버 개발자"
    };

    private final int dims;
    private final float[][] centres;
    private final int[][] topicSkills;
    private final float noise;

    /**
     * @param seed   fixes every profile
     * @param dims   embedding dimensions
     * @param topics number of topic clusters
     * @param noise  noise weight against the unit topic centre (1.0 gives intra-topic cosine ≈ 0.5)
     */
    public SyntheticProfiles(final long seed, final int dims, final int topics, final float noise) {
        this.dims = dims;
        this.noise = noise;
        final SplittableRandom random = new SplittableRandom(seed);
        this.centres = new float[topics][];
        this.topicSkills = new int[topics][];
        for (int t = 0; t < topics; t++) {
            centres[t] = unit(gaussian(random, dims, 1f));
            topicSkills[t] = new int[8];
            for (int s = 0; s < 8; s++) {
                topicSkills[t][s] = random.nextInt(SKILLS.length);
            }
        }
    }

    /** The benchmark's data set: 1536 dims, 200 topics, noise 1.0. */
    public static SyntheticProfiles standard(final long seed) {
        return new SyntheticProfiles(seed, DIMS, 200, 1.0f);
    }

    /** Resume number {@code i}; the same (seed, i) always gives the same profile. */
    public ResumeMatchProfile resume(final int i) {
        final SplittableRandom random = new SplittableRandom(0x9E3779B97F4A7C15L * (i + 1));
        final int topic = random.nextInt(centres.length);
        final List<HeldSkill> skills = new ArrayList<>();
        for (final int skill : topicSkills[topic]) {
            if (random.nextInt(3) > 0) {
                skills.add(new HeldSkill(
                        SKILLS[skill],
                        random.nextBoolean() ? random.nextInt(12) : null,
                        Proficiency.values()[random.nextInt(4)]));
            }
        }
        if (random.nextBoolean()) {
            skills.add(HeldSkill.of(SKILLS[random.nextInt(SKILLS.length)]));
        }
        final int salaryMin = 3000 + 250 * random.nextInt(20);
        return new ResumeMatchProfile(
                "resume-" + i,
                "user-" + i,
                skills,
                random.nextInt(20),
                POSITIONS[random.nextInt(POSITIONS.length)],
                salaryMin,
                salaryMin + 1500,
                CITIES[random.nextInt(CITIES.length)],
                embed(random, topic));
    }

    /** Job number {@code j}: open, with 3–5 required and 1–3 preferred skills of its topic. */
    public JobMatchProfile job(final int j) {
        final SplittableRandom random = new SplittableRandom(0xC2B2AE3D27D4EB4FL * (j + 1));
        final int topic = random.nextInt(centres.length);
        final List<String> required = new ArrayList<>();
        final List<String> preferred = new ArrayList<>();
        final int requiredCount = 3 + random.nextInt(3);
        final int preferredCount = 1 + random.nextInt(3);
        for (int s = 0; s < requiredCount + preferredCount; s++) {
            final String skill = SKILLS[topicSkills[topic][s % topicSkills[topic].length]];
            (s < requiredCount ? required : preferred).add(skill);
        }
        final int min = random.nextInt(8);
        final int salaryMin = 3500 + 250 * random.nextInt(20);
        return new JobMatchProfile(
                "job-" + j,
                "company-" + random.nextInt(500),
                POSITIONS[random.nextInt(POSITIONS.length)],
                JobStatus.OPEN,
                null,
                required,
                preferred,
                min,
                min + 2 + random.nextInt(5),
                ExperienceLevel.values()[random.nextInt(4)],
                salaryMin,
                salaryMin + 2000,
                CITIES[random.nextInt(CITIES.length)],
                RemoteType.values()[random.nextInt(3)],
                CompanySize.values()[random.nextInt(5)],
                "IT",
                "서울",
                embed(random, topic));
    }

    private float[] embed(final SplittableRandom random, final int topic) {
        final float[] v = gaussian(random, dims, noise / (float) Math.sqrt(dims));
        final float[] centre = centres[topic];
        for (int d = 0; d < dims; d++) {
            v[d] += centre[d];
        }
        return unit(v);
    }

    /** Approximately normal values (sum of uniforms: fast and deterministic). */
    private static float[] gaussian(final SplittableRandom random, final int dims, final float sigma) {
        final float[] v = new float[dims];
        for (int d = 0; d < dims; d++) {
            final double u = random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5;
            v[d] = (float) (u * 2 * sigma);
        }
        return v;
    }

    private static float[] unit(final float[] v) {
        double sum = 0;
        for (final float x : v) {
            sum += (double) x * x;
        }
        final float inv = (float) (1 / Math.sqrt(sum));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
        return v;
    }
}
