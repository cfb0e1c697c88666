package io.hirehub.launcher.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportSetTest {

    private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");
    private static final String JOB = "{\"key\":\"j1\",\"company_name\":\"한빛테크\",\"title\":\"백엔드 개발자 (Java/Spring)\","
            + "\"job_type\":\"full-time\",\"experience_level\":\"mid\",\"experience_min\":3,\"experience_max\":7,"
            + "\"salary_min\":5000,\"salary_max\":7000,\"location\":\"서울 강남구\",\"remote_type\":\"hybrid\","
            + "\"required\":[\"java\",\"Spring Boot\"],\"preferred\":[\"Kafka\",\"Airflow\"]}";
    private static final String RESUME =
            "{\"key\":\"r1\",\"name\":\"김민준\",\"file\":\"cv/kim.txt\",\"phone\":\"010-1234-5678\","
                    + "\"experience_years\":5,\"desired_position\":\"백엔드 개발자\",\"desired_salary_min\":5000,"
                    + "\"desired_salary_max\":7000,\"skills\":[\"Java\"]}";

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        Files.createDirectories(dir.resolve("cv"));
        Files.writeString(dir.resolve("cv/kim.txt"), "김민준 010-1234-5678");
        Files.writeString(dir.resolve("cv/empty.pdf"), "");
    }

    @Test
    void shouldReadValidLinesSkippingBlankOnes() throws IOException {
        write("jobs.jsonl", JOB, "", JOB.replace("\"j1\"", "\"j2\"").replace(",\"job_type\":\"full-time\"", ""));
        write("resumes.jsonl", RESUME);

        final ImportSet set = ImportSet.read(dir, NOW);

        assertThat(set.jobs())
                .extracting(ImportSet.JobLine::key, ImportSet.JobLine::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("j1", 1), org.assertj.core.groups.Tuple.tuple("j2", 3));
        final ImportSet.JobLine first = set.jobs().get(0);
        assertThat(first.companyName()).isEqualTo("한빛테크");
        assertThat(first.job().jobType()).isEqualTo(JobType.FULL_TIME);
        assertThat(first.job().status()).isEqualTo(JobStatus.OPEN);
        assertThat(first.job().postedAt()).isEqualTo(NOW);
        assertThat(first.job().required()).extracting(t -> t.name()).containsExactly("Java", "Spring Boot");
        assertThat(first.job().preferred()).extracting(t -> t.name()).containsExactly("Kafka", "Airflow");
        assertThat(set.jobs().get(1).job().jobType()).isNull();
        final ImportSet.ResumeLine resume = set.resumes().get(0);
        assertThat(resume.fileName()).isEqualTo("kim.txt");
        assertThat(resume.jobseeker().name()).isEqualTo("김민준");
        assertThat(resume.jobseeker().email()).endsWith("@hirehub.invalid");
    }

    @Test
    void shouldRefuseBadJsonWithFileAndLine() throws IOException {
        write("jobs.jsonl", JOB, "{\"key\": \"j2\",");

        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .isInstanceOf(ImportException.class)
                .hasMessage("jobs.jsonl:2: not valid JSON: Unexpected end-of-input within/between Object entries");
    }

    @Test
    void shouldRefuseALineThatIsNotAnObject() throws IOException {
        write("jobs.jsonl", "[1, 2]");

        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: expected a JSON object, was array");
    }

    @Test
    void shouldRefuseAMissingRequiredField() throws IOException {
        write("jobs.jsonl", JOB.replace("\"title\":\"백엔드 개발자 (Java/Spring)\",", ""));

        assertThatThrownBy(() -> ImportSet.read(dir, NOW)).hasMessage("jobs.jsonl:1: title: is required");
    }

    @Test
    void shouldRefuseAMissingKeyAndCompany() throws IOException {
        write("jobs.jsonl", JOB.replace("\"key\":\"j1\",", ""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW)).hasMessage("jobs.jsonl:1: key: is required");

        write("jobs.jsonl", JOB.replace("\"company_name\":\"한빛테크\",", "\"company_name\":\" \","));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW)).hasMessage("jobs.jsonl:1: company_name: is required");
    }

    @Test
    void shouldRefuseAWrongType() throws IOException {
        write("jobs.jsonl", JOB.replace("\"salary_min\":5000", "\"salary_min\":\"5000\""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: salary_min: must be an integer, was a string");

        write("jobs.jsonl", JOB.replace("\"salary_min\":5000", "\"salary_min\":5000.5"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: salary_min: must be an integer, was a number");

        write("jobs.jsonl", JOB.replace("\"required\":[\"java\",\"Spring Boot\"]", "\"required\":\"java\""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: required: must be an array of strings, was a string");

        write("jobs.jsonl", JOB.replace("\"required\":[\"java\",\"Spring Boot\"]", "\"required\":[\"java\",3]"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: required[1]: must be a non-blank string, was a number");

        write("resumes.jsonl", RESUME.replace("\"name\":\"김민준\"", "\"name\":[\"김민준\"]"));
        write("jobs.jsonl", JOB);
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:1: name: must be a string, was an array");
    }

    @Test
    void shouldRefuseAnUnknownEnumValue() throws IOException {
        write("jobs.jsonl", JOB.replace("\"job_type\":\"full-time\"", "\"job_type\":\"part-time\""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage(
                        "jobs.jsonl:1: job_type: unknown value 'part-time'; expected one of full-time, contract, intern");

        write("jobs.jsonl", JOB.replace("\"remote_type\":\"hybrid\"", "\"remote_type\":\"HYBRID\""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage(
                        "jobs.jsonl:1: remote_type: unknown value 'HYBRID'; expected one of onsite, remote, hybrid");
    }

    @Test
    void shouldRefuseAnUnknownField() throws IOException {
        write("resumes.jsonl", RESUME.replace("\"key\":\"r1\"", "\"key\":\"r1\",\"salary\":1"));

        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:1: salary: unknown field; expected one"
                        + " of key, name, file, title, email, phone, experience_years, desired_position, desired_salary_min,"
                        + " desired_salary_max, skills");
    }

    @Test
    void shouldRefuseAMissingEmptyEscapingOrUnsupportedFile() throws IOException {
        write("resumes.jsonl", RESUME, RESUME.replace("r1", "r2").replace("cv/kim.txt", "cv/missing.pdf"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:2: file: no such file 'cv/missing.pdf'");

        write("resumes.jsonl", RESUME.replace("cv/kim.txt", "cv/empty.pdf"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW)).hasMessage("resumes.jsonl:1: file: 'cv/empty.pdf' is empty");

        write("resumes.jsonl", RESUME.replace("cv/kim.txt", "../outside.txt"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:1: file: must be a path inside the import directory, was '../outside.txt'");

        Files.writeString(dir.resolve("cv/kim.hwp"), "x");
        write("resumes.jsonl", RESUME.replace("cv/kim.txt", "cv/kim.hwp"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:1: file: must end in .pdf, .docx or .txt, was 'kim.hwp'");
    }

    @Test
    void shouldRefuseADuplicateKey() throws IOException {
        write("resumes.jsonl", RESUME, "", RESUME);

        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:3: key: duplicate key 'r1' (first on line 1)");
    }

    @Test
    void shouldApplyTheWritersRulesBeforeWriting() throws IOException {
        write("jobs.jsonl", JOB.replace("\"salary_max\":7000", "\"salary_max\":4000"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: salary_max: must not be less than salary_min (4000 < 5000)");

        write("jobs.jsonl", JOB.replace("\"preferred\":[\"Kafka\",\"Airflow\"]", "\"preferred\":[\"Java\"]"));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: preferred[0]: 'Java' is listed twice"
                        + " (a skill is either required or preferred, once)");

        write("jobs.jsonl", JOB.replace("\"key\":\"j1\"", "\"key\":\"j1\",\"expires_at\":\"next week\""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("jobs.jsonl:1: expires_at: must be an ISO-8601"
                        + " timestamp (2026-11-26T09:00:00Z) or date, was 'next week'");

        write("jobs.jsonl", JOB);
        write("resumes.jsonl", RESUME.replace("\"key\":\"r1\"", "\"key\":\"r1\",\"email\":\"not-an-email\""));
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage("resumes.jsonl:1: email: is not an email address");
    }

    @Test
    void shouldRefuseADirectoryWithoutEitherFile() {
        assertThatThrownBy(() -> ImportSet.read(dir, NOW))
                .hasMessage(dir + " has neither jobs.jsonl nor resumes.jsonl");
    }

    private void write(final String name, final String... lines) throws IOException {
        Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }
}
