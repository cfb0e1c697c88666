package io.hirehub.topologies.match;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Builders for test profiles: a mid-level Seoul backend job and a matching resume by default. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");

    private Fixtures() {}

    static JobBuilder job() {
        return new JobBuilder();
    }

    static ResumeBuilder resume() {
        return new ResumeBuilder();
    }

    static float[] randomUnit(final Random random, final int dims) {
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

    static final class JobBuilder {
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

        JobBuilder id(final String id) {
            jobId = id;
            return this;
        }

        JobBuilder status(final JobStatus s) {
            status = s;
            return this;
        }

        JobBuilder expiresAt(final Instant at) {
            expiresAt = at;
            return this;
        }

        JobBuilder required(final String... names) {
            required = List.of(names);
            return this;
        }

        JobBuilder preferred(final String... names) {
            preferred = List.of(names);
            return this;
        }

        JobBuilder years(final Integer min, final Integer max) {
            expMin = min;
            expMax = max;
            return this;
        }

        JobBuilder level(final ExperienceLevel l) {
            level = l;
            return this;
        }

        JobBuilder salary(final Integer min, final Integer max) {
            salaryMin = min;
            salaryMax = max;
            return this;
        }

        JobBuilder location(final String l) {
            location = l;
            return this;
        }

        JobBuilder remote(final RemoteType r) {
            remote = r;
            return this;
        }

        JobBuilder size(final CompanySize s) {
            size = s;
            return this;
        }

        JobBuilder industry(final String i) {
            industry = i;
            return this;
        }

        JobBuilder title(final String t) {
            title = t;
            return this;
        }

        JobBuilder embedding(final float[] e) {
            embedding = e;
            return this;
        }

        JobProfile build() {
            return new JobProfile(
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
                    embedding);
        }

        PreparedJob prepared() {
            return PreparedJob.of(build(), SkillCanonicalizer.identity());
        }
    }

    static final class ResumeBuilder {
        String resumeId = "resume-1";
        String userId = "user-1";
        List<ResumeSkill> skills = new ArrayList<>(List.of(
                new ResumeSkill("Java", 5, Proficiency.EXPERT), new ResumeSkill("Spring", 5, null),
                new ResumeSkill("PostgreSQL", 4, null), new ResumeSkill("AWS", 2, null)));
        Integer years = 5;
        String desired = "백엔드 개발자";
        Integer salaryMin = 5500;
        Integer salaryMax = 6500;
        String preferredLocation = "서울";
        float[] embedding;

        ResumeBuilder id(final String id) {
            resumeId = id;
            return this;
        }

        ResumeBuilder user(final String id) {
            userId = id;
            return this;
        }

        ResumeBuilder skills(final ResumeSkill... s) {
            skills = List.of(s);
            return this;
        }

        ResumeBuilder skillNames(final String... names) {
            final List<ResumeSkill> list = new ArrayList<>();
            for (final String name : names) {
                list.add(ResumeSkill.of(name));
            }
            skills = list;
            return this;
        }

        ResumeBuilder years(final Integer y) {
            years = y;
            return this;
        }

        ResumeBuilder desired(final String d) {
            desired = d;
            return this;
        }

        ResumeBuilder salary(final Integer min, final Integer max) {
            salaryMin = min;
            salaryMax = max;
            return this;
        }

        ResumeBuilder location(final String l) {
            preferredLocation = l;
            return this;
        }

        ResumeBuilder embedding(final float[] e) {
            embedding = e;
            return this;
        }

        ResumeProfile build() {
            return new ResumeProfile(
                    resumeId, userId, skills, years, desired, salaryMin, salaryMax, preferredLocation, embedding);
        }

        PreparedResume prepared() {
            return PreparedResume.of(build(), SkillCanonicalizer.identity());
        }
    }
}
