package io.hirehub.edge.jobs;

import io.hirehub.avro.entity.ExperienceLevel;
import io.hirehub.avro.entity.JobStatus;
import io.hirehub.avro.entity.JobType;
import io.hirehub.avro.entity.RemoteType;
import io.hirehub.edge.http.Validation;
import io.hirehub.edge.write.Fields;

/** A job request's value-list fields as the seed's types; a text outside its list is recorded on the validation. */
record JobValues(JobType jobType, ExperienceLevel level, RemoteType remote, JobStatus status) {

    static JobValues parse(
            final Validation v,
            final String jobType,
            final String experienceLevel,
            final String remoteType,
            final String status) {
        return new JobValues(
                v.check(() -> Fields.seedValue(JobType.class, "job_type", jobType)),
                v.check(() -> Fields.seedValue(ExperienceLevel.class, "experience_level", experienceLevel)),
                v.check(() -> Fields.seedValue(RemoteType.class, "remote_type", remoteType)),
                v.check(() -> Fields.seedValue(JobStatus.class, "status", status)));
    }
}
