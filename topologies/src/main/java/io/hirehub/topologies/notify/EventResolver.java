package io.hirehub.topologies.notify;

import io.hirehub.avro.entity.Application;
import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.CompanyMember;
import io.hirehub.avro.entity.DeviceToken;
import io.hirehub.avro.entity.Interview;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.entity.Resume;
import io.hirehub.avro.entity.User;
import io.hirehub.avro.entity.UserNotificationSettings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves an event against the {@link Directory}: who gets it (issue 13's sources: an application's
 * company members; the jobseeker for everything else) and the template variables joined from the
 * rows. The rows an event cannot do without (its application, job, company, interview or resume,
 * and each recipient's user row) make it {@link Resolution.Waiting} until CDC brings them; optional
 * data (an applicant's name, a score not computed yet) is simply absent, and a template that names
 * it fails on its own notification.
 */
public final class EventResolver {

    private final Directory directory;
    private final NotifySettings settings;
    private final DateTimeFormatter scheduled;

    public EventResolver(final Directory directory, final NotifySettings settings) {
        this.directory = directory;
        this.settings = settings;
        this.scheduled = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(settings.zone());
    }

    public Resolution resolve(final NotifyEvent event) {
        final Map<String, String> vars = new HashMap<>();
        final Set<String> recipients = new LinkedHashSet<>();
        final Optional<String> waiting = switch (event.type()) {
            case APPLICATION_SUBMITTED -> submitted(event, vars, recipients);
            case APPLICATION_STATUS_CHANGED, INTERVIEW_SCHEDULED -> toApplicant(event, vars, recipients);
            case MATCH_RECOMMENDED -> recommended(event, vars, recipients);
            case RESUME_PROCESSED -> processed(event, vars, recipients);
        };
        if (waiting.isPresent()) {
            return new Resolution.Waiting(waiting.get());
        }
        final List<Recipient> out = new ArrayList<>(recipients.size());
        for (final String userId : recipients) {
            final Optional<User> user = directory.user(userId);
            if (user.isEmpty()) {
                return new Resolution.Waiting("user " + userId);
            }
            out.add(recipient(user.get()));
        }
        return new Resolution.Ready(out, vars);
    }

    private Optional<String> submitted(
            final NotifyEvent event, final Map<String, String> vars, final Set<String> recipients) {
        final Optional<Application> application = directory.application(event.applicationId());
        if (application.isEmpty()) {
            return Optional.of("application " + event.applicationId());
        }
        final String jobId =
                event.jobId() != null ? event.jobId() : str(application.get().getJobId());
        final Optional<String> job = jobAndCompany(jobId, vars);
        if (job.isPresent()) {
            return job;
        }
        applicationVars(application.get(), vars);
        put(vars, "match_score", score(application.get().getMatchScore()));
        final String applicant =
                event.userId() != null ? event.userId() : str(application.get().getUserId());
        directory.profileOf(applicant).map(JobseekerProfile::getName).ifPresent(n -> put(vars, "applicant_name", n));
        final String companyId = str(directory.job(jobId).orElseThrow().getCompanyId());
        for (final CompanyMember member : directory.membersOf(companyId)) {
            if (member.getUserId() != null) {
                recipients.add(member.getUserId().toString());
            }
        }
        // A company has at least its primary member; none known yet means the member rows (one hop
        // behind, through the index topic) have not arrived: wait instead of notifying no one.
        return recipients.isEmpty() ? Optional.of("members of company " + companyId) : Optional.empty();
    }

    private Optional<String> toApplicant(
            final NotifyEvent event, final Map<String, String> vars, final Set<String> recipients) {
        final Optional<Application> application = directory.application(event.applicationId());
        if (application.isEmpty()) {
            return Optional.of("application " + event.applicationId());
        }
        final Optional<String> job = jobAndCompany(str(application.get().getJobId()), vars);
        if (job.isPresent()) {
            return job;
        }
        applicationVars(application.get(), vars);
        if (event.type() == NotifyEventType.APPLICATION_STATUS_CHANGED) {
            put(vars, "new_status", StatusLabels.application(event.newStatus()));
            put(vars, "old_status", StatusLabels.application(event.oldStatus()));
        } else {
            final Optional<Interview> interview = directory.interview(event.interviewId());
            if (interview.isEmpty()) {
                return Optional.of("interview " + event.interviewId());
            }
            put(vars, "location", interview.get().getLocation());
            if (interview.get().getInterviewType() != null) {
                put(
                        vars,
                        "interview_type",
                        interview.get().getInterviewType().name().toLowerCase(Locale.ROOT));
            }
            final Instant at = event.scheduledAt() != null
                    ? event.scheduledAt()
                    : interview.get().getScheduledAt();
            put(vars, "scheduled_at", at == null ? null : scheduled.format(at));
        }
        recipients.add(str(application.get().getUserId()));
        return Optional.empty();
    }

    private Optional<String> recommended(
            final NotifyEvent event, final Map<String, String> vars, final Set<String> recipients) {
        final Optional<String> job = jobAndCompany(event.jobId(), vars);
        if (job.isPresent()) {
            return job;
        }
        put(vars, "match_score", score(event.score()));
        put(vars, "job_url", settings.appBaseUrl() + "/jobs/" + event.jobId());
        recipients.add(event.userId());
        return Optional.empty();
    }

    private Optional<String> processed(
            final NotifyEvent event, final Map<String, String> vars, final Set<String> recipients) {
        final Optional<Resume> resume = directory.resume(event.resumeId());
        if (resume.isEmpty()) {
            return Optional.of("resume " + event.resumeId());
        }
        final Resume r = resume.get();
        put(
                vars,
                "resume_title",
                r.getTitle() != null && !r.getTitle().isBlank() ? r.getTitle() : r.getOriginalFileName());
        put(vars, "resume_status", StatusLabels.resume(event.newStatus()));
        put(vars, "resume_url", settings.appBaseUrl() + "/resumes/" + event.resumeId());
        recipients.add(event.userId() != null ? event.userId() : str(r.getUserId()));
        return Optional.empty();
    }

    private Optional<String> jobAndCompany(final String jobId, final Map<String, String> vars) {
        final Optional<Job> job = directory.job(jobId);
        if (job.isEmpty()) {
            return Optional.of("job " + jobId);
        }
        final String companyId = str(job.get().getCompanyId());
        final Optional<Company> company = directory.company(companyId);
        if (company.isEmpty()) {
            return Optional.of("company " + companyId);
        }
        put(vars, "job_title", job.get().getTitle());
        put(vars, "company_name", company.get().getName());
        put(vars, "job_url", settings.appBaseUrl() + "/jobs/" + jobId);
        return Optional.empty();
    }

    private void applicationVars(final Application application, final Map<String, String> vars) {
        put(vars, "application_url", settings.appBaseUrl() + "/applications/" + application.getId());
    }

    private Recipient recipient(final User user) {
        final String userId = user.getId().toString();
        final List<String> tokens = new ArrayList<>();
        for (final DeviceToken token : directory.tokensOf(userId)) {
            if (!Boolean.FALSE.equals(token.getIsActive()) && token.getToken() != null) {
                tokens.add(token.getToken());
            }
        }
        final Preferences preferences =
                directory.settingsOf(userId).map(EventResolver::preferences).orElse(Preferences.DEFAULTS);
        final String phone =
                directory.profileOf(userId).map(JobseekerProfile::getPhone).orElse(null);
        return new Recipient(userId, user.getEmail(), phone, tokens, preferences);
    }

    private static Preferences preferences(final UserNotificationSettings s) {
        return Preferences.of(s.getEmailEnabled(), s.getPushEnabled(), s.getSmsEnabled(), s.getDisabledEventTypes());
    }

    /** 87.50 → "87.5", 90.00 → "90": the score as a person writes it. */
    static String score(final BigDecimal score) {
        return score == null ? null : score.stripTrailingZeros().toPlainString();
    }

    private static void put(final Map<String, String> vars, final String name, final String value) {
        if (value != null && !value.isBlank()) {
            vars.put(name, value);
        }
    }

    private static String str(final Object value) {
        return value == null ? null : value.toString();
    }
}
