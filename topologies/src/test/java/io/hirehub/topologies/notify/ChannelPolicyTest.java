package io.hirehub.topologies.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChannelPolicyTest {

    private static Recipient recipient(
            final Preferences p, final String email, final String phone, final List<String> tokens) {
        return new Recipient("00000000-0000-0000-0000-000000000001", email, phone, tokens, p);
    }

    @Test
    void shouldSendInAppAndEmailByDefaultAndPushOnlyWithAnActiveToken() {
        assertThat(ChannelPolicy.channels(
                        NotifyEventType.MATCH_RECOMMENDED,
                        recipient(Preferences.DEFAULTS, "a@b.example", "010", List.of())))
                .containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.EMAIL);
        assertThat(ChannelPolicy.channels(
                        NotifyEventType.MATCH_RECOMMENDED,
                        recipient(Preferences.DEFAULTS, "a@b.example", "010", List.of("t"))))
                .containsExactly(DeliveryChannel.IN_APP, DeliveryChannel.EMAIL, DeliveryChannel.PUSH);
    }

    @Test
    void shouldSendNothingAtAllForADisabledEventType() {
        final Preferences p = Preferences.of(true, true, true, List.of("resume.processed"));
        assertThat(ChannelPolicy.channels(NotifyEventType.RESUME_PROCESSED, recipient(p, "a@b", "010", List.of("t"))))
                .isEmpty();
        assertThat(ChannelPolicy.channels(NotifyEventType.MATCH_RECOMMENDED, recipient(p, "a@b", "010", List.of("t"))))
                .containsExactly(
                        DeliveryChannel.IN_APP, DeliveryChannel.EMAIL, DeliveryChannel.PUSH, DeliveryChannel.SMS);
    }

    @Test
    void shouldNeedAnAddressForEveryChannelButInApp() {
        final Preferences all = new Preferences(true, true, true, Set.of());
        assertThat(ChannelPolicy.channels(NotifyEventType.APPLICATION_SUBMITTED, recipient(all, " ", null, List.of())))
                .containsExactly(DeliveryChannel.IN_APP);
        final Preferences none = new Preferences(false, false, false, Set.of());
        assertThat(ChannelPolicy.channels(
                        NotifyEventType.APPLICATION_SUBMITTED, recipient(none, "a@b", "010", List.of("t"))))
                .containsExactly(DeliveryChannel.IN_APP);
    }

    @Test
    void shouldUseTheSeedDefaultsForColumnsLeftNull() {
        assertThat(Preferences.of(null, null, null, null)).isEqualTo(Preferences.DEFAULTS);
        assertThat(Preferences.of(null, null, null, List.of("no.such", "status_changed"))
                        .disabled())
                .containsExactly(NotifyEventType.APPLICATION_STATUS_CHANGED);
    }

    @ParameterizedTest
    @CsvSource({
        "application.submitted, APPLICATION_SUBMITTED",
        "APPLICATION_SUBMITTED, APPLICATION_SUBMITTED",
        "status_changed, APPLICATION_STATUS_CHANGED",
        "application_status_changed, APPLICATION_STATUS_CHANGED",
        "interview_scheduled, INTERVIEW_SCHEDULED",
        "match.recommended, MATCH_RECOMMENDED",
        "' resume.processed ', RESUME_PROCESSED"
    })
    void shouldReadEveryFormOfAnEventTypeName(final String name, final NotifyEventType expected) {
        assertThat(NotifyEventType.fromName(name)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({"submitted", "changed", "job.created", "''", "application"})
    void shouldNotGuessAnUnknownEventTypeName(final String name) {
        assertThat(NotifyEventType.fromName(name)).isEmpty();
    }

    @Test
    void shouldGiveEachEventRecipientAndChannelItsOwnStableId() {
        final String id = NotificationIds.of("e1", "u1", DeliveryChannel.PUSH);
        assertThat(NotificationIds.of("e1", "u1", DeliveryChannel.PUSH)).isEqualTo(id);
        assertThat(List.of(
                        NotificationIds.of("e1", "u1", DeliveryChannel.EMAIL),
                        NotificationIds.of("e1", "u2", DeliveryChannel.PUSH),
                        NotificationIds.of("e2", "u1", DeliveryChannel.PUSH)))
                .doesNotContain(id)
                .doesNotHaveDuplicates();
    }
}
