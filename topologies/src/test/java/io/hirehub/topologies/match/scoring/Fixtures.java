package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Builders for test profiles: a mid-level Seoul backend job and a matching resume by default. */
public final class Fixtures {

    public static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private Fixtures() {}

    public static JobBuilder job() {
        return new JobBuilder();
    }

    public static ResumeBuilder resume() {
        return new ResumeBuilder();
    }

    public static float[] randomUnit(final Random random, final int dims) {
        final float[] v = new float[dims];
        double sum = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) random.nextGaussian();
            sum += v[i] * v[i];
        }
        final float inv = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < dims; i++) {
            v[i] *= inv;
        }
        return v;
    }

    public static final class JobBuilder {
        String jobId = "job-1";
        JobStatus status = JobStatus.OPEN;
        Instant expiresAt = NOW.plusSeconds(86_400);
        List<String> required = List.of("Java", "Spring", "PostgreSQL", "Kafka");
        List<String> preferred = List.of("AWS", "Kubernetes");
        Integer expMin = 3;
        Integer expMax = 7;
        ExperienceLevel level = ExperienceLevel.MID;
        Integer salaryMin = 5000;
        Integer salaryMax = 7000;
        String location = "서울 강남구";
        RemoteType remote = RemoteType.ONSITE;
        CompanySize size = CompanySize.M;
        String industry = "핀테크";
        String title = "백엔드 개발자 (Java)";
        float[] embedding;
        Map<String, Integer> terms = Map.of();

        public JobBuilder id(final String id) {
            jobId = id;
            return this;
        }

        public JobBuilder status(final JobStatus s) {
            status = s;
            return this;
        }

        public JobBuilder expiresAt(final Instant at) {
            expiresAt = at;
            return this;
        }

        public JobBuilder required(final String... names) {
            required = List.of(names);
            return this;
        }

        public JobBuilder preferred(final String... names) {
            preferred = List.of(names);
            return this;
        }

        public JobBuilder years(final Integer min, final Integer max) {
            expMin = min;
            expMax = max;
            return this;
        }

        public JobBuilder level(final ExperienceLevel l) {
            level = l;
            return this;
        }

        public JobBuilder salary(final Integer min, final Integer max) {
            salaryMin = min;
            salaryMax = max;
            return this;
        }

        public JobBuilder location(final String l) {
            location = l;
            return this;
        }

        public JobBuilder remote(final RemoteType r) {
            remote = r;
            return this;
        }

        public JobBuilder size(final CompanySize s) {
            size = s;
            return this;
        }

        public JobBuilder industry(final String i) {
            industry = i;
            return this;
        }

        public JobBuilder title(final String t) {
            title = t;
            return this;
        }

        public JobBuilder embedding(final float[] e) {
            embedding = e;
            return this;
        }

        /** The job's wording for the text component. */
        public JobBuilder text(final String t) {
            terms = TextTerms.counts(t);
            return this;
        }

        public JobMatchProfile build() {
            return new JobMatchProfile(
                    jobId,
                    "company-1",
                    title,
                    status,
                    expiresAt,
                    required,
                    preferred,
                    expMin,
                    expMax,
                    level,
                    salaryMin,
                    salaryMax,
                    location,
                    remote,
                    size,
                    industry,
                    "서울특별시",
                    embedding,
                    terms);
        }

        PreparedJob prepared() {
            return PreparedJob.of(build(), SkillCanonicalizer.identity());
        }
    }

    public static final class ResumeBuilder {
        String resumeId = "resume-1";
        String userId = "user-1";
        List<HeldSkill> skills = new ArrayList<>(List.of(
                new HeldSkill("Java", 5, Proficiency.EXPERT), new HeldSkill("Spring", 5, null),
                new HeldSkill("PostgreSQL", 4, null), new HeldSkill("AWS", 2, null)));
        Integer years = 5;
        String desired = "백엔드 개발자";
        Integer salaryMin = 5500;
        Integer salaryMax = 6500;
        String preferredLocation = "서울";
        float[] embedding;
        Map<String, Integer> terms = Map.of();

        public ResumeBuilder id(final String id) {
            resumeId = id;
            return this;
        }

        public ResumeBuilder user(final String id) {
            userId = id;
            return this;
        }

        public ResumeBuilder skills(final HeldSkill... s) {
            skills = List.of(s);
            return this;
        }

        public ResumeBuilder skillNames(final String... names) {
            final List<HeldSkill> list = new ArrayList<>();
            for (final String name : names) {
                list.add(HeldSkill.of(name));
            }
            skills = list;
            return this;
        }

        public ResumeBuilder years(final Integer y) {
            years = y;
            return this;
        }

        public ResumeBuilder desired(final String d) {
            desired = d;
            return this;
        }

        public ResumeBuilder salary(final Integer min, final Integer max) {
            salaryMin = min;
            salaryMax = max;
            return this;
        }

        public ResumeBuilder location(final String l) {
            preferredLocation = l;
            return this;
        }

        public ResumeBuilder embedding(final float[] e) {
            embedding = e;
            return this;
        }

        /** The resume's masked text for the text component. */
        public ResumeBuilder text(final String t) {
            terms = TextTerms.counts(t);
            return this;
        }

        public ResumeMatchProfile build() {
            return new ResumeMatchProfile(
                    resumeId,
                    userId,
                    skills,
                    years,
                    desired,
                    salaryMin,
                    salaryMax,
                    preferredLocation,
                    embedding,
                    terms);
        }

        PreparedResume prepared() {
            return PreparedResume.of(build(), SkillCanonicalizer.identity());
        }
    }
}
