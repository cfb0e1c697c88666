package io.hirehub.connectors.cdc;

import static io.hirehub.connectors.cdc.CdcItSupport.header;
import static io.hirehub.connectors.cdc.CdcItSupport.sql;
import static io.hirehub.connectors.cdc.CdcItSupport.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.connectors.cdc.CdcItSupport.TopicReader;
import io.hirehub.connectors.connect.CdcHeaders;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.testsupport.ItTimeouts;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rows holding personal data that the CDC runner cannot map, through the real path (PostgreSQL WAL
 * → Debezium → the entity transform → the broker): their dead letters name the table, the LSN and
 * the masked error, keep the ids and the masked columns, and hold no raw personal value, in the
 * value or in a header.
 */
class CdcDeadLetterPrivacyIT {

    private static final Duration WAIT = ItTimeouts.WAIT;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CdcSettings settings;
    private static CdcRunner runner;

    @BeforeAll
    static void startRunner() {
        settings = CdcItSupport.settings("dlq_privacy");
        runner = new CdcRunner(settings).start();
        final String probe = uuid();
        sql("INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES ('" + probe + "', 'sub-" + probe
                + "', '" + probe + "@it.example', 'jobseeker')");
        try (TopicReader reader = new TopicReader(Topics.USERS.name())) {
            reader.until(
                    all -> !TopicReader.ofKey(all, Topics.USERS.name(), probe).isEmpty(), WAIT);
        }
    }

    @AfterAll
    static void stopRunner() {
        runner.close();
        CdcItSupport.dropSlot(settings);
    }

    @Test
    void shouldKeepIdsAndMaskedColumnsButNoRawPersonalValueInTheDeadLetterOfAnUnmappableRow() throws Exception {
        final String user = uuid();
        final String resume = uuid();
        final String good = uuid();
        sql(
                "INSERT INTO user_service.users (id, cognito_sub, email, user_type) VALUES ('" + user
                        + "', 'google-oauth2|1144223399', 'hong.gildong@gmail.com', 'robot')",
                "INSERT INTO resume_service.resumes (id, user_id, title, original_file_url, original_file_name, status)"
                        + " VALUES ('" + resume + "', '" + user + "', '홍길동 이력서 (010-7731-2048)',"
                        + " 's3://hirehub/resumes/" + user + "/홍길동_이력서.pdf', 'resume_gildong90_final.pdf', 'exploded')",
                "INSERT INTO resume_service.resumes (id, user_id, title, status) VALUES ('" + good + "', '" + user
                        + "', '백엔드 이력서', 'ready')");

        try (TopicReader reader = new TopicReader(Topics.CDC_DLQ.name(), Topics.RESUMES.name())) {
            final List<ConsumerRecord<String, byte[]>> all = reader.until(
                    read -> !TopicReader.ofKey(read, Topics.CDC_DLQ.name(), user)
                                    .isEmpty()
                            && !TopicReader.ofKey(read, Topics.CDC_DLQ.name(), resume)
                                    .isEmpty()
                            && !TopicReader.ofKey(read, Topics.RESUMES.name(), good)
                                    .isEmpty(),
                    WAIT);
            final ConsumerRecord<String, byte[]> deadUser =
                    TopicReader.ofKey(all, Topics.CDC_DLQ.name(), user).get(0);
            final ConsumerRecord<String, byte[]> deadResume =
                    TopicReader.ofKey(all, Topics.CDC_DLQ.name(), resume).get(0);

            for (final ConsumerRecord<String, byte[]> dead : List.of(deadUser, deadResume)) {
                final StringBuilder everything = new StringBuilder(new String(dead.value(), StandardCharsets.UTF_8));
                for (final Header h : dead.headers()) {
                    everything.append('\n').append(new String(h.value(), StandardCharsets.UTF_8));
                }
                assertThat(everything.toString())
                        .doesNotContain("hong.gildong", "1144223399", "홍길동", "7731", "2048", "gildong90");
            }

            final JsonNode userLetter = JSON.readTree(deadUser.value());
            assertThat(userLetter.path("source").path("table").asText()).isEqualTo("user_service.users");
            assertThat(userLetter.path("source").path("lsn").asLong())
                    .isEqualTo(Long.parseLong(header(deadUser, CdcHeaders.LSN)));
            assertThat(userLetter.path("error").path("message").asText())
                    .isEqualTo("User.user_type: 'robot' is not a value of enum io.hirehub.avro.entity.UserType");
            assertThat(userLetter.path("row").path("id").asText()).isEqualTo(user);
            assertThat(userLetter.path("row").path("email").asText()).isEqualTo("[EMAIL]");
            assertThat(userLetter.path("row").path("cognito_sub").asText()).isEqualTo("[REDACTED]");
            assertThat(userLetter.path("row").path("user_type").asText()).isEqualTo("robot");

            final JsonNode resumeLetter = JSON.readTree(deadResume.value());
            assertThat(header(deadResume, CdcHeaders.TABLE)).isEqualTo("resume_service.resumes");
            assertThat(resumeLetter.path("row").path("id").asText()).isEqualTo(resume);
            assertThat(resumeLetter.path("row").path("user_id").asText()).isEqualTo(user);
            assertThat(resumeLetter.path("row").path("title").asText()).isEqualTo("[NAME] 이력서 ([PHONE])");
            assertThat(resumeLetter.path("row").path("original_file_url").asText())
                    .isEqualTo("s3://hirehub/resumes/" + user + "/[NAME]_이력서.pdf");
            assertThat(resumeLetter.path("row").path("original_file_name").asText())
                    .isEqualTo("resume_[HANDLE]_final.pdf");
            assertThat(resumeLetter.path("row").path("status").asText()).isEqualTo("exploded");
            assertThat(TopicReader.ofKey(all, Topics.RESUMES.name(), resume)).isEmpty();
        }
    }
}
