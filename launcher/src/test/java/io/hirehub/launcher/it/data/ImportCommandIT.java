package io.hirehub.launcher.it.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.testsupport.SharedStack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hirehub import DIR} on the shared stack: ids per key, companies by name, and nothing written on a bad line. */
class ImportCommandIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void shouldImportJobsAndResumesAndPrintTheIdOfEachKey() throws Exception {
        final String company = "ImportCo " + UUID.randomUUID();
        write("jobs.jsonl", job("a", company, "Senior Data Engineer"), job("b", company, "백엔드 개발자 (Java/Spring)"));
        Files.createDirectories(dir.resolve("cv"));
        Files.writeString(
                dir.resolve("cv/kim.txt"), "김민준\n연락처: 010-1234-5678\n## 경력\n(주)한빛테크 | 백엔드 개발자 | 2020.01 ~ 현재\n");
        write(
                "resumes.jsonl",
                "{\"key\":\"kim\",\"name\":\"김민준\",\"file\":\"cv/kim.txt\",\"desired_position\":\"백엔드 개발자\","
                        + "\"skills\":[\"Java\"]}");

        final DataCli run = DataCli.run(dir, "import", dir.toString());

        assertThat(run.code()).as(run.err()).isZero();
        final JsonNode result = JSON.readTree(run.out());
        assertThat(result.get("jobs").fieldNames()).toIterable().containsExactly("a", "b");
        final UUID jobA = UUID.fromString(result.get("jobs").get("a").asText());
        final UUID resume = UUID.fromString(result.get("resumes").get("kim").asText());
        assertThat(DataStack.column("SELECT title FROM job_service.jobs WHERE id = ?", jobA))
                .containsExactly("Senior Data Engineer");
        assertThat(DataStack.count("SELECT count(*) FROM user_service.companies WHERE name = ?", company))
                .isEqualTo(1);
        assertThat(DataStack.count(
                        "SELECT count(DISTINCT company_id) FROM job_service.jobs WHERE id IN (?, ?)",
                        jobA,
                        UUID.fromString(result.get("jobs").get("b").asText())))
                .isEqualTo(1);
        assertThat(DataStack.column(
                        "SELECT t.name FROM job_service.job_skills s JOIN job_service.skill_tags t"
                                + " ON t.id = s.skill_id WHERE s.job_id = ? AND s.is_required ORDER BY 1",
                        jobA))
                .containsExactly("Java", "Kafka");
        final UUID user = (UUID) DataStack.column("SELECT user_id FROM resume_service.resumes WHERE id = ?", resume)
                .get(0);
        assertThat(DataStack.column("SELECT name FROM user_service.jobseeker_profiles WHERE user_id = ?", user))
                .containsExactly("김민준");
        assertThat(DataStack.objectExists("original/" + user + "/" + resume + "/kim.txt"))
                .isTrue();
    }

    @Test
    void shouldRefuseAMalformedLineWithItsNumberAndWriteNothing() throws Exception {
        final String company = "NeverCo " + UUID.randomUUID();
        write(
                "jobs.jsonl",
                job("a", company, "Data Engineer"),
                job("b", company, "Data Engineer")
                        .replace("\"remote_type\":\"remote\"", "\"remote_type\":\"anywhere\""));
        final long resumes = DataStack.count("SELECT count(*) FROM resume_service.resumes");

        final DataCli run = DataCli.run(dir, "import", dir.toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip())
                .isEqualTo("hirehub import: jobs.jsonl:2: remote_type: unknown value 'anywhere';"
                        + " expected one of onsite, remote, hybrid");
        assertThat(run.out()).isEmpty();
        assertThat(DataStack.count("SELECT count(*) FROM user_service.companies WHERE name = ?", company))
                .isZero();
        assertThat(DataStack.count("SELECT count(*) FROM resume_service.resumes"))
                .isEqualTo(resumes);
    }

    @Test
    void shouldReuseACompanyOfTheSameNameOnTheNextImport() throws Exception {
        final String company = "AgainCo " + UUID.randomUUID();
        write("jobs.jsonl", job("a", company, "DevOps Engineer"));
        final DataCli first = DataCli.run(dir, "import", dir.toString());
        final DataCli second = DataCli.run(dir, "import", dir.toString());

        assertThat(first.code()).as(first.err()).isZero();
        assertThat(second.code()).as(second.err()).isZero();
        assertThat(DataStack.count("SELECT count(*) FROM user_service.companies WHERE name = ?", company))
                .isEqualTo(1);
        assertThat(SharedStack.get()).isNotNull();
    }

    private static String job(final String key, final String company, final String title) {
        return "{\"key\":\"" + key + "\",\"company_name\":\"" + company + "\",\"title\":\"" + title + "\","
                + "\"job_type\":\"full-time\",\"experience_level\":\"senior\",\"experience_min\":5,\"experience_max\":10,"
                + "\"salary_min\":7000,\"salary_max\":9000,\"location\":\"Remote\",\"remote_type\":\"remote\","
                + "\"required\":[\"Java\",\"Kafka\"],\"preferred\":[\"AWS\"]}";
    }

    private void write(final String name, final String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }
}
