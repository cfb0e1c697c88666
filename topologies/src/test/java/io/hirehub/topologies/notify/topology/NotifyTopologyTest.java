package io.hirehub.topologies.notify.topology;

import static io.hirehub.topologies.notify.topology.NotifyDriver.MEMBER_1;
import static io.hirehub.topologies.notify.topology.NotifyDriver.MEMBER_2;
import static io.hirehub.topologies.notify.topology.NotifyDriver.SEEKER;
import static org.assertj.core.api.Assertions.assertThat;

import io.hirehub.avro.entity.ApplicationStatus;
import io.hirehub.avro.entity.Notification;
import io.hirehub.avro.entity.NotificationStatus;
import io.hirehub.schemas.registry.InMemorySchemaRegistryClient;
import io.hirehub.schemas.topics.DeadLetterHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.notify.DeliveryChannel;
import io.hirehub.topologies.notify.NotificationIds;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotifyTopologyTest {

    private static final String EVENT_1 = "00000000-0000-0000-0000-00000000e001";
    private static final String EVENT_2 = "00000000-0000-0000-0000-00000000e002";

    @TempDir
    Path state;

    private final InMemorySchemaRegistryClient registry = new InMemorySchemaRegistryClient();
    private NotifyDriver d;

    @AfterEach
    void stop() {
        if (d != null) {
            d.close();
        }
    }

    @Test
    void shouldNotifyEveryCompanyMemberOfASubmittedApplicationWithTheSeedTemplate() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.submitted(EVENT_1);
        final List<Notification> out = d.drain();
        assertThat(out)
                .extracting(n -> n.getUserId() + "/" + n.getChannel())
                .containsExactlyInAnyOrder(
                        MEMBER_1 + "/IN_APP", MEMBER_1 + "/EMAIL", MEMBER_2 + "/IN_APP", MEMBER_2 + "/EMAIL");
        final Notification email = only(out, MEMBER_1, "EMAIL");
        assertThat(email.getId().toString()).isEqualTo(NotificationIds.of(EVENT_1, MEMBER_1, DeliveryChannel.EMAIL));
        assertThat(email.getStatus()).isEqualTo(NotificationStatus.PENDING);
        assertThat(email.getTitle()).isEqualTo("새로운 지원자가 있습니다: 백엔드 개발자");
        assertThat(email.getContent())
                .isEqualTo("김민수님이 백엔드 개발자 포지션에 지원했습니다.\n\n매칭 점수: 87.5점\n\n지원서 확인하기: "
                        + "https://hirehub.example/applications/" + NotifyDriver.APPLICATION);
        assertThat(email.getData())
                .contains("\"event_type\":\"application.submitted\"", "\"email\":\"m1@hirehub.example\"");
        assertThat(email.getCreatedAt()).isEqualTo(NotifyDriver.T0);
    }

    @Test
    void shouldNotifyTheJobseekerOfAStatusChangeOnItsActiveDeviceTokensOnly() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.statusChanged(EVENT_1, ApplicationStatus.REVIEWING);
        final List<Notification> out = d.drain();
        assertThat(out)
                .extracting(n -> n.getUserId() + "/" + n.getChannel())
                .containsExactlyInAnyOrder(SEEKER + "/IN_APP", SEEKER + "/PUSH");
        final Notification push = only(out, SEEKER, "PUSH");
        assertThat(push.getContent()).isEqualTo("하이어허브의 백엔드 개발자 지원 상태가 \"서류 검토중\"로 변경되었습니다.");
        assertThat(push.getData())
                .contains("\"device_tokens\":[\"token-active\"]")
                .doesNotContain("token-old");
    }

    @Test
    void shouldNotifyTheJobseekerOfAnInterviewWithItsPlaceAndLocalTime() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.interviewScheduled(EVENT_1);
        final List<Notification> out = d.drain();
        assertThat(out).extracting(n -> n.getChannel().name()).containsExactlyInAnyOrder("IN_APP", "EMAIL");
        assertThat(only(out, SEEKER, "EMAIL").getContent())
                .contains("일시: 2026-12-10 14:00\n장소: 판교 본사 3층")
                .startsWith("하이어허브의 백엔드 개발자 포지션 면접이 예정되었습니다.");
        assertThat(only(out, SEEKER, "EMAIL").getTitle()).isEqualTo("면접 일정이 확정되었습니다: 하이어허브");
    }

    @Test
    void shouldNotifyTheJobseekerOfARecommendationAndOfAProcessedResume() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.recommended(EVENT_1, new BigDecimal("91.50"));
        d.processed(EVENT_2);
        final List<Notification> out = d.drain();
        assertThat(out)
                .extracting(Notification::getContent)
                .containsExactly(
                        "하이어허브의 백엔드 개발자: 91.5점 https://hirehub.example/jobs/" + NotifyDriver.JOB,
                        "이력서 \"백엔드 이력서\"의 분석 상태: 분석 완료");
        assertThat(out).extracting(n -> n.getUserId().toString()).containsOnly(SEEKER);
    }

    @Test
    void shouldSendNothingForADisabledEventTypeAndRespectEachChannelSwitch() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.settings(MEMBER_1, true, true, false, List.of("application_submitted"));
        d.settings(MEMBER_2, false, true, false, List.of());
        d.submitted(EVENT_1);
        assertThat(d.drain())
                .extracting(n -> n.getUserId() + "/" + n.getChannel())
                .containsExactly(MEMBER_2 + "/IN_APP");

        d.settings(SEEKER, true, false, true, List.of("interview.scheduled"));
        d.statusChanged(EVENT_2, ApplicationStatus.REJECTED);
        final List<Notification> out = d.drain();
        assertThat(out).extracting(n -> n.getChannel().name()).containsExactlyInAnyOrder("IN_APP", "SMS");
        assertThat(only(out, SEEKER, "SMS").getContent()).isEqualTo("[HireHub] 하이어허브 백엔드 개발자 지원 상태: 불합격");
        assertThat(only(out, SEEKER, "SMS").getData()).contains("\"phone\":\"010-1234-5678\"");
        d.interviewScheduled("00000000-0000-0000-0000-00000000e003");
        assertThat(d.drain()).isEmpty();
    }

    @Test
    void shouldRecordAMissingVariableOnItsNotificationInsteadOfSendingABlank() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.application(null);
        d.submitted(EVENT_1);
        final Notification email = only(d.drain(), MEMBER_1, "EMAIL");
        assertThat(email.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(email.getContent()).isNull();
        assertThat(email.getErrorMessage())
                .isEqualTo("template application_submitted_email is missing variable(s) match_score");
    }

    @Test
    void shouldDropADuplicateEvent() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.submitted(EVENT_1);
        assertThat(d.drain()).hasSize(4);
        d.submitted(EVENT_1);
        assertThat(d.drain()).isEmpty();
        d.submitted(EVENT_2);
        assertThat(d.drain()).hasSize(4);
    }

    @Test
    void shouldNotNotifyAgainAfterARestartFromTheChangelog() {
        d = new NotifyDriver(state.resolve("g0"), registry).withSeedWorld();
        d.submitted(EVENT_1);
        final List<Notification> first = d.drain();
        final List<TestRecord<String, Long>> seenLog = d.driver
                .createOutputTopic(
                        NotifyDriver.APP + "-" + NotifyNames.SEEN_EVENTS + "-changelog",
                        new org.apache.kafka.common.serialization.StringDeserializer(),
                        new org.apache.kafka.common.serialization.LongDeserializer())
                .readRecordsToList();
        assertThat(seenLog).extracting(TestRecord::key).containsExactly(EVENT_1);
        d.close();

        // Restored the way Kafka Streams restores a task: the changelog replayed into fresh stores.
        d = new NotifyDriver(state.resolve("g1"), registry).withSeedWorld();
        seenLog.forEach(r -> d.<Long>store(NotifyNames.SEEN_EVENTS).put(r.key(), r.value()));
        d.submitted(EVENT_1);
        assertThat(d.drain()).isEmpty();
        d.close();

        // Even with the state lost, the same event yields the same ids: the write-back keeps one row each.
        d = new NotifyDriver(state.resolve("g2"), registry).withSeedWorld();
        d.submitted(EVENT_1);
        assertThat(d.drain())
                .extracting(n -> n.getId().toString())
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(n -> n.getId().toString()).toList());
    }

    @Test
    void shouldWaitForTheApplicationRowThenNotify() {
        d = new NotifyDriver(state, registry);
        d.statusChanged(EVENT_1, ApplicationStatus.OFFERED);
        d.advance(Duration.ofSeconds(2));
        assertThat(d.drain()).isEmpty();
        d.withSeedWorld();
        d.advance(Duration.ofSeconds(2));
        assertThat(d.drain()).extracting(n -> n.getChannel().name()).containsExactlyInAnyOrder("IN_APP", "PUSH");
        assertThat(d.<Object>store(NotifyNames.WAITING_EVENTS).approximateNumEntries())
                .isZero();
    }

    @Test
    void shouldGiveUpOnAnEventWhoseRowsNeverCome() {
        d = new NotifyDriver(state, registry);
        d.statusChanged(EVENT_1, ApplicationStatus.OFFERED);
        d.advance(Duration.ofMinutes(11));
        assertThat(d.drain()).isEmpty();
        final TestRecord<String, byte[]> dead = d.deadLetters().get(0);
        assertThat(dead.key()).isEqualTo(EVENT_1);
        assertThat(new String(
                        dead.headers()
                                .lastHeader(DeadLetterHeaders.ERROR_MESSAGE)
                                .value(),
                        StandardCharsets.UTF_8))
                .isEqualTo("unresolved after PT10M: application " + NotifyDriver.APPLICATION + " not found");
    }

    @Test
    void shouldSendAnUndecodableEventToTheDeadLetterTopicAndKeepGoing() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.raw(Topics.APPLICATION_SUBMITTED.name(), "k", "not avro".getBytes(StandardCharsets.UTF_8));
        assertThat(d.deadLetters())
                .singleElement()
                .satisfies(r -> assertThat(new String(
                                r.headers()
                                        .lastHeader(DeadLetterHeaders.SOURCE_TOPIC)
                                        .value(),
                                StandardCharsets.UTF_8))
                        .isEqualTo("application.submitted"));
        d.submitted(EVENT_1);
        assertThat(d.drain()).hasSize(4);
    }

    @Test
    void shouldFollowAMemberWhoLeavesTheCompany() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.member("00000000-0000-0000-0000-000000000102", MEMBER_2, null);
        d.raw(Topics.COMPANY_MEMBERS.name(), "00000000-0000-0000-0000-000000000101", null);
        d.member("00000000-0000-0000-0000-000000000103", SEEKER, NotifyDriver.COMPANY);
        d.submitted(EVENT_1);
        final Map<String, Long> byUser = d.drain().stream()
                .collect(Collectors.groupingBy(n -> n.getUserId().toString(), Collectors.counting()));
        assertThat(byUser).containsOnlyKeys(SEEKER);
    }

    @Test
    void shouldWaitForTheCompanysMembersInsteadOfNotifyingNoOne() {
        d = new NotifyDriver(state, registry).withSeedWorld();
        d.raw(Topics.COMPANY_MEMBERS.name(), "00000000-0000-0000-0000-000000000101", null);
        d.raw(Topics.COMPANY_MEMBERS.name(), "00000000-0000-0000-0000-000000000102", null);
        d.submitted(EVENT_1);
        d.advance(Duration.ofSeconds(2));
        assertThat(d.drain()).isEmpty();
        d.member("00000000-0000-0000-0000-000000000105", MEMBER_2, NotifyDriver.COMPANY);
        d.advance(Duration.ofSeconds(2));
        assertThat(d.drain())
                .extracting(n -> n.getUserId() + "/" + n.getChannel())
                .containsExactlyInAnyOrder(MEMBER_2 + "/IN_APP", MEMBER_2 + "/EMAIL");
    }

    private static Notification only(final List<Notification> out, final String user, final String channel) {
        return out.stream()
                .filter(n -> n.getUserId().toString().equals(user)
                        && n.getChannel().name().equals(channel))
                .reduce((a, b) -> {
                    throw new AssertionError("two " + channel + " notifications for " + user);
                })
                .orElseThrow(() -> new AssertionError("no " + channel + " notification for " + user));
    }
}
