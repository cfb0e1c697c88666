package io.hirehub.topologies.quality;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labelled quality sets under {@code src/test/resources/quality} (format and rubric in the README there): the
 * skill-extraction passages and the graded job × resume ranking set.
 */
final class QualitySets {

    static final String SKILL_EXTRACTION = "/quality/skill-extraction.jsonl";
    static final String RANKING_JOBS = "/quality/ranking-jobs.jsonl";
    static final String RANKING_RESUMES = "/quality/ranking-resumes.jsonl";
    static final String RANKING_GRADES = "/quality/ranking-grades.jsonl";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private QualitySets() {}

    /** A resume passage and the catalogue skills a recruiter would say it shows. */
    record LabelledPassage(
            String id,
            String family,
            String lang,
            String format,
            String text,
            List<String> skills,
            List<String> traps) {}

    /** A job posting of the ranking set, as the jobs and job_skills rows would hold it. */
    record RankingJob(
            String id,
            String family,
            String lang,
            String title,
            String description,
            String requirements,
            List<String> requiredSkills,
            List<String> preferredSkills,
            String experienceLevel,
            Integer experienceMin,
            Integer experienceMax,
            String location) {}

    /** A resume of the ranking set: its text and the owner's desired position (jobseeker_profiles). */
    record RankingResume(String id, String family, String lang, String desiredPosition, String text) {}

    /** One graded pair, 0 (unrelated) to 3 (strong fit). */
    record Grade(String job, String resume, int grade) {}

    /** The ranking set: jobs, resumes and a grade for every pair. */
    record RankingSet(List<RankingJob> jobs, List<RankingResume> resumes, Map<String, Map<String, Integer>> grades) {

        /** Grades of every resume for one job. */
        Map<String, Integer> gradesFor(final String jobId) {
            final Map<String, Integer> forJob = grades.get(jobId);
            if (forJob == null) {
                throw new IllegalArgumentException("no grades for job " + jobId);
            }
            return forJob;
        }
    }

    static List<LabelledPassage> skillExtraction() {
        return read(SKILL_EXTRACTION, LabelledPassage.class);
    }

    /** The ranking set; fails unless every job × resume pair has exactly one grade in 0..3. */
    static RankingSet ranking() {
        final List<RankingJob> jobs = read(RANKING_JOBS, RankingJob.class);
        final List<RankingResume> resumes = read(RANKING_RESUMES, RankingResume.class);
        final Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
        jobs.forEach(j -> grades.put(j.id(), new LinkedHashMap<>()));
        for (final Grade grade : read(RANKING_GRADES, Grade.class)) {
            final Map<String, Integer> forJob = grades.get(grade.job());
            if (forJob == null) {
                throw new IllegalStateException("grade for unknown job " + grade.job());
            }
            if (resumes.stream().noneMatch(r -> r.id().equals(grade.resume()))) {
                throw new IllegalStateException("grade for unknown resume " + grade.resume());
            }
            if (grade.grade() < 0 || grade.grade() > 3) {
                throw new IllegalStateException("grade out of 0..3: " + grade);
            }
            if (forJob.put(grade.resume(), grade.grade()) != null) {
                throw new IllegalStateException("pair graded twice: " + grade);
            }
        }
        grades.forEach((job, forJob) -> {
            if (forJob.size() != resumes.size()) {
                throw new IllegalStateException(
                        "job " + job + " has " + forJob.size() + " grades for " + resumes.size() + " resumes");
            }
        });
        return new RankingSet(jobs, resumes, grades);
    }

    private static <T> List<T> read(final String resource, final Class<T> type) {
        final InputStream in = QualitySets.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the test classpath");
        }
        final List<T> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    rows.add(JSON.readValue(line, type));
                } catch (IOException e) {
                    throw new IllegalStateException(resource + " line " + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return List.copyOf(rows);
    }
}
