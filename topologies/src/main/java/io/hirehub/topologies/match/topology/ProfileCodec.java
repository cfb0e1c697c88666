package io.hirehub.topologies.match.topology;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.Proficiency;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.schemas.values.CompanySize;
import io.hirehub.schemas.values.SeedValues;
import io.hirehub.schemas.values.TextMatch;
import io.hirehub.topologies.match.scoring.HeldSkill;
import io.hirehub.topologies.match.scoring.JobMatchProfile;
import io.hirehub.topologies.match.scoring.ResumeMatchProfile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact binary form of {@link JobMatchProfile} and {@link ResumeMatchProfile} for the state stores that
 * the scoring indexes are rebuilt from (a 1536-dim profile is about 6 KB,
 * dominated by the embedding). Format: a version byte, then the fields in declaration order (version 2 adds the
 * text terms at the end; version 1 bytes, stored before, still read, with no terms);
 * nullable values carry a presence flag; enums are written as their seed code, so reordering enum
 * constants never corrupts stored state. Free of Kafka types: a serde wraps these two methods.
 */
public final class ProfileCodec {

    private static final byte JOB_V1 = 1;
    private static final byte RESUME_V1 = 2;
    /** V1 followed by the text terms. */
    private static final byte JOB_V2 = 3;

    private static final byte RESUME_V2 = 4;

    private ProfileCodec() {}

    /** Bytes of a job profile. */
    public static byte[] writeJob(final JobMatchProfile job) {
        return write(out -> {
            out.writeByte(JOB_V2);
            out.writeUTF(job.jobId());
            string(out, job.companyId());
            string(out, job.title());
            string(out, SeedValues.sql(job.status()));
            out.writeBoolean(job.expiresAt() != null);
            if (job.expiresAt() != null) {
                out.writeLong(job.expiresAt().getEpochSecond());
                out.writeInt(job.expiresAt().getNano());
            }
            strings(out, job.requiredSkills());
            strings(out, job.preferredSkills());
            integer(out, job.experienceMin());
            integer(out, job.experienceMax());
            string(out, SeedValues.sql(job.experienceLevel()));
            integer(out, job.salaryMin());
            integer(out, job.salaryMax());
            string(out, job.location());
            string(out, SeedValues.sql(job.remoteType()));
            string(out, SeedValues.sql(job.companySize()));
            string(out, job.companyIndustry());
            string(out, job.companyLocation());
            vector(out, job.embedding());
            terms(out, job.terms());
        });
    }

    /** Job profile from {@link #writeJob} bytes. */
    public static JobMatchProfile readJob(final byte[] bytes) {
        return read(bytes, in -> {
            final byte version = expect(in, JOB_V1, JOB_V2, "job profile");
            final String jobId = in.readUTF();
            final String companyId = string(in);
            final String title = string(in);
            final JobStatus status = SeedValues.parse(JobStatus.class, "jobs.status", string(in), TextMatch.ANY_CASE);
            final Instant expiresAt = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
            return new JobMatchProfile(
                    jobId,
                    companyId,
                    title,
                    status,
                    expiresAt,
                    strings(in),
                    strings(in),
                    integer(in),
                    integer(in),
                    SeedValues.parse(ExperienceLevel.class, "jobs.experience_level", string(in), TextMatch.ANY_CASE),
                    integer(in),
                    integer(in),
                    string(in),
                    SeedValues.parse(RemoteType.class, "jobs.remote_type", string(in), TextMatch.ANY_CASE),
                    SeedValues.parse(CompanySize.class, "companies.company_size", string(in), TextMatch.ANY_CASE),
                    string(in),
                    string(in),
                    vector(in),
                    version == JOB_V2 ? terms(in) : Map.of());
        });
    }

    /** Bytes of a resume profile. */
    public static byte[] writeResume(final ResumeMatchProfile resume) {
        return write(out -> {
            out.writeByte(RESUME_V2);
            out.writeUTF(resume.resumeId());
            out.writeUTF(resume.userId());
            out.writeInt(resume.skills().size());
            for (final HeldSkill skill : resume.skills()) {
                out.writeUTF(skill.name());
                integer(out, skill.years());
                string(out, SeedValues.sql(skill.proficiency()));
            }
            integer(out, resume.totalYears());
            string(out, resume.desiredPosition());
            integer(out, resume.desiredSalaryMin());
            integer(out, resume.desiredSalaryMax());
            string(out, resume.preferredLocation());
            vector(out, resume.embedding());
            terms(out, resume.terms());
        });
    }

    /** Resume profile from {@link #writeResume} bytes. */
    public static ResumeMatchProfile readResume(final byte[] bytes) {
        return read(bytes, in -> {
            final byte version = expect(in, RESUME_V1, RESUME_V2, "resume profile");
            final String resumeId = in.readUTF();
            final String userId = in.readUTF();
            final int count = in.readInt();
            final List<HeldSkill> skills = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                skills.add(new HeldSkill(
                        in.readUTF(),
                        integer(in),
                        SeedValues.parse(
                                Proficiency.class, "resume_skills.proficiency", string(in), TextMatch.ANY_CASE)));
            }
            return new ResumeMatchProfile(
                    resumeId,
                    userId,
                    skills,
                    integer(in),
                    string(in),
                    integer(in),
                    integer(in),
                    string(in),
                    vector(in),
                    version == RESUME_V2 ? terms(in) : Map.of());
        });
    }

    private interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    private interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private static byte[] write(final Writer writer) {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static <T> T read(final byte[] bytes, final Reader<T> reader) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            final T value = reader.read(in);
            if (in.available() > 0) {
                throw new IllegalArgumentException("trailing " + in.available() + " bytes after profile");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalArgumentException("truncated or corrupt profile bytes: " + e, e);
        }
    }

    /** Reads the format byte: {@code v1} (stored before text terms existed) or {@code v2}. */
    private static byte expect(final DataInputStream in, final byte v1, final byte v2, final String what)
            throws IOException {
        final byte actual = in.readByte();
        if (actual != v1 && actual != v2) {
            throw new IllegalArgumentException(
                    "not a " + what + " (format byte " + actual + ", expected " + v1 + " or " + v2 + ")");
        }
        return actual;
    }

    private static void terms(final DataOutputStream out, final Map<String, Integer> terms) throws IOException {
        out.writeInt(terms.size());
        for (final Map.Entry<String, Integer> term : terms.entrySet()) {
            out.writeUTF(term.getKey());
            out.writeInt(term.getValue());
        }
    }

    private static Map<String, Integer> terms(final DataInputStream in) throws IOException {
        final int count = in.readInt();
        final Map<String, Integer> terms = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            terms.put(in.readUTF(), in.readInt());
        }
        return terms;
    }

    private static void string(final DataOutputStream out, final String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String string(final DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }

    private static void strings(final DataOutputStream out, final List<String> values) throws IOException {
        out.writeInt(values.size());
        for (final String value : values) {
            out.writeUTF(value);
        }
    }

    private static List<String> strings(final DataInputStream in) throws IOException {
        final int count = in.readInt();
        final List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(in.readUTF());
        }
        return values;
    }

    private static void integer(final DataOutputStream out, final Integer value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeInt(value);
        }
    }

    private static Integer integer(final DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readInt() : null;
    }

    private static void vector(final DataOutputStream out, final float[] vector) throws IOException {
        out.writeInt(vector == null ? -1 : vector.length);
        if (vector != null) {
            for (final float v : vector) {
                out.writeFloat(v);
            }
        }
    }

    private static float[] vector(final DataInputStream in) throws IOException {
        final int length = in.readInt();
        if (length < 0) {
            return null;
        }
        final float[] vector = new float[length];
        for (int i = 0; i < length; i++) {
            vector[i] = in.readFloat();
        }
        return vector;
    }
}
