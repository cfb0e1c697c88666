package io.hirehub.topologies.notify.topology;

import io.hirehub.avro.entity.Application;
import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.entity.Company;
import io.hirehub.avro.entity.CompanyMember;
import io.hirehub.avro.entity.DeviceToken;
import io.hirehub.avro.entity.DeviceType;
import io.hirehub.avro.entity.Interview;
import io.hirehub.avro.entity.InterviewType;
import io.hirehub.avro.entity.Job;
import io.hirehub.avro.entity.JobseekerProfile;
import io.hirehub.avro.entity.Notification;
import io.hirehub.avro.entity.NotificationChannel;
import io.hirehub.avro.entity.NotificationTemplate;
import io.hirehub.avro.entity.Resume;
import io.hirehub.avro.entity.ResumeStatus;
import io.hirehub.avro.entity.User;
import io.hirehub.avro.entity.UserNotificationSettings;
import io.hirehub.avro.entity.UserType;
import io.hirehub.avro.event.ApplicationStatusChanged;
import io.hirehub.avro.event.ApplicationSubmitted;
import io.hirehub.avro.event.InterviewScheduled;
import io.hirehub.avro.event.MatchRecommended;
import io.hirehub.avro.event.ResumeProcessed;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.serde.AvroDeserializer;
import io.hirehub.schemas.serde.AvroSerializer;
import io.hirehub.schemas.topics.Topic;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.notify.NotifySettings;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

/** One TopologyTestDriver over the notifications topology, with the seed-like rows the tests use. */
final class NotifyDriver implements AutoCloseable {

    static final String APP = "hirehub-notifications-test";
    static final String COMPANY = "00000000-0000-0000-0000-0000000000c1";
    static final String JOB = "00000000-0000-0000-0000-0000000000b1";
    static final String MEMBER_1 = "00000000-0000-0000-0000-0000000000a1";
    static final String MEMBER_2 = "00000000-0000-0000-0000-0000000000a2";
    static final String SEEKER = "00000000-0000-0000-0000-0000000000a3";
    static final String APPLICATION = "00000000-0000-0000-0000-0000000000d1";
    static final String RESUME = "00000000-0000-0000-0000-0000000000e1";
    static final String INTERVIEW = "00000000-0000-0000-0000-0000000000f1";
    static final Instant T0 = Instant.parse("2026-12-03T01:00:00Z");
    static final NotifySettings SETTINGS = new NotifySettings(
            "https://hirehub.example", ZoneId.of("Asia/Seoul"), Duration.ofSeconds(1), Duration.ofMinutes(10));

    final TopologyTestDriver driver;
    private final AvroSerializer<SpecificRecord> avro;
    private final AvroDeserializer<Notification> notifications;
    private final TestOutputTopic<String, byte[]> out;
    private final TestOutputTopic<String, byte[]> dlq;
    private int templateCount;

    NotifyDriver(final Path state, final InMemorySchemaRegistryClient registry) {
        final Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, APP);
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.STATE_DIR_CONFIG, state.toString());
        this.driver = new TopologyTestDriver(NotifyTopology.build(SETTINGS, registry), props, T0);
        this.avro = new AvroSerializer<>(registry);
        this.notifications = new AvroDeserializer<>(registry, Notification.class);
        this.out = driver.createOutputTopic(
                Topics.NOTIFICATIONS.name(), new StringDeserializer(), new ByteArrayDeserializer());
        this.dlq = driver.createOutputTopic(
                Topics.NOTIFICATIONS_DLQ.name(), new StringDeserializer(), new ByteArrayDeserializer());
    }

    /** Company, job, two members, the jobseeker (profile, active + inactive token), the application. */
    NotifyDriver withSeedWorld() {
        pipe(
                Topics.COMPANIES,
                COMPANY,
                Company.newBuilder()
                        .setId(UUID.fromString(COMPANY))
                        .setName("하이어허브")
                        .build());
        pipe(
                Topics.JOBS,
                JOB,
                Job.newBuilder()
                        .setId(UUID.fromString(JOB))
                        .setCompanyId(UUID.fromString(COMPANY))
                        .setTitle("백엔드 개발자")
                        .build());
        user(MEMBER_1, "m1@hirehub.example", UserType.COMPANY);
        user(MEMBER_2, "m2@hirehub.example", UserType.COMPANY);
        user(SEEKER, "seeker@hirehub.example", UserType.JOBSEEKER);
        member("00000000-0000-0000-0000-000000000101", MEMBER_1, COMPANY);
        member("00000000-0000-0000-0000-000000000102", MEMBER_2, COMPANY);
        pipe(
                Topics.JOBSEEKER_PROFILES,
                "00000000-0000-0000-0000-000000000201",
                JobseekerProfile.newBuilder()
                        .setId(UUID.fromString("00000000-0000-0000-0000-000000000201"))
                        .setUserId(UUID.fromString(SEEKER))
                        .setName("김민수")
                        .setPhone("010-1234-5678")
                        .build());
        token("00000000-0000-0000-0000-000000000301", SEEKER, "token-active", true);
        token("00000000-0000-0000-0000-000000000302", SEEKER, "token-old", false);
        application(new BigDecimal("87.50"));
        pipe(
                Topics.INTERVIEWS,
                INTERVIEW,
                Interview.newBuilder()
                        .setId(UUID.fromString(INTERVIEW))
                        .setApplicationId(UUID.fromString(APPLICATION))
                        .setInterviewType(InterviewType.ONSITE)
                        .setLocation("판교 본사 3층")
                        .setScheduledAt(Instant.parse("2026-12-10T05:00:00Z"))
                        .build());
        pipe(
                Topics.RESUMES,
                RESUME,
                Resume.newBuilder()
                        .setId(UUID.fromString(RESUME))
                        .setUserId(UUID.fromString(SEEKER))
                        .setTitle("백엔드 이력서")
                        .setStatus(ResumeStatus.READY)
                        .build());
        seedTemplates();
        return this;
    }

    void application(final BigDecimal score) {
        pipe(
                Topics.APPLICATIONS,
                APPLICATION,
                Application.newBuilder()
                        .setId(UUID.fromString(APPLICATION))
                        .setJobId(UUID.fromString(JOB))
                        .setUserId(UUID.fromString(SEEKER))
                        .setResumeId(UUID.fromString(RESUME))
                        .setStatus(ApplicationStatus.SUBMITTED)
                        .setMatchScore(score)
                        .build());
    }

    /** The seed's three templates (V2) and the in-app / SMS ones of V3 the tests need. */
    void seedTemplates() {
        template(
                "application_submitted_email",
                "application.submitted",
                NotificationChannel.EMAIL,
                "새로운 지원자가 있습니다: {{job_title}}",
                "{{applicant_name}}님이 {{job_title}} 포지션에 지원했습니다.\n\n매칭 점수: {{match_score}}점\n\n"
                        + "지원서 확인하기: {{application_url}}");
        template(
                "status_changed_push",
                "application.status_changed",
                NotificationChannel.PUSH,
                "지원 상태가 변경되었습니다",
                "{{company_name}}의 {{job_title}} 지원 상태가 \"{{new_status}}\"로 변경되었습니다.");
        template(
                "interview_scheduled_email",
                "interview.scheduled",
                NotificationChannel.EMAIL,
                "면접 일정이 확정되었습니다: {{company_name}}",
                "{{company_name}}의 {{job_title}} 포지션 면접이 예정되었습니다.\n\n일시: {{scheduled_at}}\n장소: {{location}}\n\n"
                        + "자세한 내용은 앱에서 확인해주세요.");
        template(
                "application_submitted_in_app",
                "application.submitted",
                NotificationChannel.IN_APP,
                "새로운 지원자가 있습니다: {{job_title}}",
                "{{applicant_name}}님이 {{job_title}} 포지션에 지원했습니다.");
        template(
                "status_changed_in_app",
                "application.status_changed",
                NotificationChannel.IN_APP,
                "지원 상태가 변경되었습니다",
                "{{company_name}}: {{new_status}}");
        template(
                "status_changed_sms",
                "application.status_changed",
                NotificationChannel.SMS,
                null,
                "[HireHub] {{company_name}} {{job_title}} 지원 상태: {{new_status}}");
        template(
                "interview_scheduled_in_app",
                "interview.scheduled",
                NotificationChannel.IN_APP,
                "면접",
                "{{scheduled_at}} {{location}}");
        template(
                "match_recommended_in_app",
                "match.recommended",
                NotificationChannel.IN_APP,
                "추천 채용공고: {{job_title}}",
                "{{company_name}}의 {{job_title}}: {{match_score}}점 {{job_url}}");
        template(
                "resume_processed_in_app",
                "resume.processed",
                NotificationChannel.IN_APP,
                "이력서 분석이 끝났습니다",
                "이력서 \"{{resume_title}}\"의 분석 상태: {{resume_status}}");
    }

    void template(
            final String name,
            final String event,
            final NotificationChannel channel,
            final String subject,
            final String body) {
        final String id = String.format("00000000-0000-0000-0000-%012d", 900 + templateCount++);
        pipe(
                Topics.NOTIFICATION_TEMPLATES,
                id,
                NotificationTemplate.newBuilder()
                        .setId(UUID.fromString(id))
                        .setName(name)
                        .setEventType(event)
                        .setChannel(channel)
                        .setSubjectTemplate(subject)
                        .setBodyTemplate(body)
                        .setIsActive(true)
                        .build());
    }

    void user(final String id, final String email, final UserType type) {
        pipe(
                Topics.USERS,
                id,
                User.newBuilder()
                        .setId(UUID.fromString(id))
                        .setCognitoSub("sub-" + id)
                        .setEmail(email)
                        .setUserType(type)
                        .build());
    }

    void member(final String id, final String userId, final String companyId) {
        pipe(
                Topics.COMPANY_MEMBERS,
                id,
                CompanyMember.newBuilder()
                        .setId(UUID.fromString(id))
                        .setUserId(UUID.fromString(userId))
                        .setCompanyId(companyId == null ? null : UUID.fromString(companyId))
                        .build());
    }

    void token(final String id, final String userId, final String token, final boolean active) {
        pipe(
                Topics.DEVICE_TOKENS,
                id,
                DeviceToken.newBuilder()
                        .setId(UUID.fromString(id))
                        .setUserId(UUID.fromString(userId))
                        .setDeviceType(DeviceType.IOS)
                        .setToken(token)
                        .setIsActive(active)
                        .build());
    }

    void settings(
            final String userId, final boolean email, final boolean push, final boolean sms, final List<String> off) {
        final String id = "00000000-0000-0000-0000-0000000004" + userId.substring(userId.length() - 2);
        pipe(
                Topics.USER_NOTIFICATION_SETTINGS,
                id,
                UserNotificationSettings.newBuilder()
                        .setId(UUID.fromString(id))
                        .setUserId(UUID.fromString(userId))
                        .setEmailEnabled(email)
                        .setPushEnabled(push)
                        .setSmsEnabled(sms)
                        .setDisabledEventTypes(off)
                        .build());
    }

    void submitted(final String eventId) {
        pipe(
                Topics.APPLICATION_SUBMITTED,
                APPLICATION,
                ApplicationSubmitted.newBuilder()
                        .setEventId(UUID.fromString(eventId))
                        .setOccurredAt(T0)
                        .setApplicationId(UUID.fromString(APPLICATION))
                        .setJobId(UUID.fromString(JOB))
                        .setUserId(UUID.fromString(SEEKER))
                        .build());
    }

    void statusChanged(final String eventId, final ApplicationStatus to) {
        pipe(
                Topics.APPLICATION_STATUS_CHANGED,
                APPLICATION,
                ApplicationStatusChanged.newBuilder()
                        .setEventId(UUID.fromString(eventId))
                        .setOccurredAt(T0)
                        .setApplicationId(UUID.fromString(APPLICATION))
                        .setFromStatus(ApplicationStatus.SUBMITTED)
                        .setToStatus(to)
                        .build());
    }

    void interviewScheduled(final String eventId) {
        pipe(
                Topics.INTERVIEW_SCHEDULED,
                INTERVIEW,
                InterviewScheduled.newBuilder()
                        .setEventId(UUID.fromString(eventId))
                        .setOccurredAt(T0)
                        .setInterviewId(UUID.fromString(INTERVIEW))
                        .setApplicationId(UUID.fromString(APPLICATION))
                        .setScheduledAt(Instant.parse("2026-12-10T05:00:00Z"))
                        .build());
    }

    void recommended(final String eventId, final BigDecimal score) {
        pipe(
                Topics.MATCH_RECOMMENDED,
                SEEKER,
                MatchRecommended.newBuilder()
                        .setEventId(UUID.fromString(eventId))
                        .setOccurredAt(T0)
                        .setUserId(UUID.fromString(SEEKER))
                        .setJobId(UUID.fromString(JOB))
                        .setScore(score)
                        .build());
    }

    void processed(final String eventId) {
        pipe(
                Topics.RESUME_PROCESSED,
                RESUME,
                ResumeProcessed.newBuilder()
                        .setEventId(UUID.fromString(eventId))
                        .setOccurredAt(T0)
                        .setResumeId(UUID.fromString(RESUME))
                        .setUserId(UUID.fromString(SEEKER))
                        .setStatus(ResumeStatus.READY)
                        .build());
    }

    <V extends SpecificRecord> void pipe(final Topic<String, V> topic, final String key, final V value) {
        raw(topic.name(), key, value == null ? null : avro.serialize(topic.name(), value));
    }

    void raw(final String topic, final String key, final byte[] value) {
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer())
                .pipeInput(new TestRecord<>(key, value));
    }

    List<Notification> drain() {
        return out.readRecordsToList().stream()
                .map(r -> notifications.deserialize(Topics.NOTIFICATIONS.name(), r.value()))
                .toList();
    }

    List<TestRecord<String, byte[]>> deadLetters() {
        return dlq.readRecordsToList();
    }

    void advance(final Duration wallClock) {
        driver.advanceWallClockTime(wallClock);
    }

    <V> KeyValueStore<String, V> store(final String name) {
        return driver.getKeyValueStore(name);
    }

    @Override
    public void close() {
        driver.close();
    }
}
