package io.hirehub.topologies.resume.pipeline;

import io.hirehub.avro.derived.ResumeProfile;
import io.hirehub.avro.derived.ResumeProfileSkill;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.event.ResumeUploaded;
import io.hirehub.topologies.match.scoring.TextTerms;
import io.hirehub.topologies.resume.ResumeAnalysis;
import io.hirehub.topologies.resume.parse.ParsedSkill;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** Builds the matching topology's {@link ResumeProfile} from an analysis and the owner's jobseeker profile. */
final class ResumeProfiles {

    private ResumeProfiles() {}

    static ResumeProfile of(
            final ResumeUploaded event,
            final ResumeAnalysis analysis,
            final JobseekerProfile jobseeker,
            final Instant now) {
        final List<ResumeProfileSkill> skills = new ArrayList<>();
        for (final ParsedSkill s : analysis.parsed().skills()) {
            skills.add(ResumeProfileSkill.newBuilder()
                    .setName(s.skillName())
                    .setYears(s.years())
                    .setProficiency(s.proficiency())
                    .build());
        }
        return ResumeProfile.newBuilder()
                .setResumeId(event.getResumeId())
                .setUserId(event.getUserId())
                .setSkills(skills)
                .setTotalExperienceYears(analysis.parsed().totalExperienceYears())
                .setDesiredPosition(jobseeker == null ? null : jobseeker.getDesiredPosition())
                .setDesiredSalaryMin(jobseeker == null ? null : jobseeker.getDesiredSalaryMin())
                .setDesiredSalaryMax(jobseeker == null ? null : jobseeker.getDesiredSalaryMax())
                .setLocation(null)
                .setEmbedding(AnalysisResults.floats(analysis.documentEmbedding()))
                .setTerms(TextTerms.counts(analysis.maskedText()))
                .setUpdatedAt(now.truncatedTo(ChronoUnit.MICROS))
                .build();
    }
}
