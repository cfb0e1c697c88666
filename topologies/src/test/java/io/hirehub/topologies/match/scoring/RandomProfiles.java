package io.hirehub.topologies.match.scoring;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random profiles for ranking and recall tests. */
final class RandomProfiles {

    private static final String[] SKILLS = {
        "Java",
        "Spring",
        "Kotlin",
        "Python",
        "Go",
        "PostgreSQL",
        "MySQL",
        "Kafka",
        "Redis",
        "AWS",
        "GCP",
        "Kubernetes",
        "Docker",
        "React",
        "TypeScript",
        "Node.js"
    };
    private static final String[] CITIES = {"서울", "경기 성남시", "부산", "대전", "인천"};
    private static final String[] POSITIONS = {"백엔드 개발자", "프론트엔드 개발자", "데이터 엔지니어", "스타트업 백엔드", "DevOps 엔지니어"};

    private final Random random;
    private final int dims;

    RandomProfiles(final long seed, final int dims) {
        this.random = new Random(seed);
        this.dims = dims;
    }

    ResumeMatchProfile resume(final int i) {
        final List<HeldSkill> skills = new ArrayList<>();
        for (final String skill : SKILLS) {
            if (random.nextInt(4) == 0) {
                skills.add(new HeldSkill(
                        skill,
                        random.nextBoolean() ? random.nextInt(10) : null,
                        Proficiency.values()[random.nextInt(4)]));
            }
        }
        final int salaryMin = 3000 + 500 * random.nextInt(10);
        return new ResumeMatchProfile(
                "resume-" + i,
                "user-" + i,
                skills,
                random.nextInt(15),
                POSITIONS[random.nextInt(POSITIONS.length)],
                salaryMin,
                salaryMin + 1000,
                CITIES[random.nextInt(CITIES.length)],
                Fixtures.randomUnit(random, dims));
    }

    JobMatchProfile job(final int i) {
        final List<String> required = new ArrayList<>();
        final List<String> preferred = new ArrayList<>();
        for (final String skill : SKILLS) {
            final int draw = random.nextInt(8);
            if (draw == 0) {
                required.add(skill);
            } else if (draw == 1) {
                preferred.add(skill);
            }
        }
        final int min = random.nextInt(8);
        return new JobMatchProfile(
                "job-" + i,
                "company-" + random.nextInt(20),
                POSITIONS[random.nextInt(POSITIONS.length)],
                JobStatus.OPEN,
                null,
                required,
                preferred,
                min,
                min + random.nextInt(5),
                ExperienceLevel.values()[random.nextInt(4)],
                4000,
                8000,
                CITIES[random.nextInt(CITIES.length)],
                RemoteType.values()[random.nextInt(3)],
                CompanySize.values()[random.nextInt(5)],
                "IT",
                "서울",
                Fixtures.randomUnit(random, dims));
    }
}
