package io.hirehub.topologies.notify.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {

    /** The seed's application_submitted_email template, as V2 stores it. */
    private static final String SEED_SUBJECT = "새로운 지원자가 있습니다: {{job_title}}";

    private static final String SEED_BODY =
            "{{applicant_name}}님이 {{job_title}} 포지션에 지원했습니다.\n\n매칭 점수: {{match_score}}점\n\n"
                    + "지원서 확인하기: {{application_url}}";

    private final TemplateRenderer renderer = new TemplateRenderer();

    @Test
    void shouldRenderTheSeedTemplateWithEveryVariable() {
        final RenderedMessage message = renderer.render(
                "application_submitted_email",
                SEED_SUBJECT,
                SEED_BODY,
                Map.of(
                        "job_title", "백엔드 개발자",
                        "applicant_name", "김민수",
                        "match_score", "87.50",
                        "application_url", "https://hirehub.example/applications/1"));
        assertThat(message.title()).isEqualTo("새로운 지원자가 있습니다: 백엔드 개발자");
        assertThat(message.body())
                .isEqualTo("김민수님이 백엔드 개발자 포지션에 지원했습니다.\n\n매칭 점수: 87.50점\n\n"
                        + "지원서 확인하기: https://hirehub.example/applications/1");
    }

    @Test
    void shouldFailNamingEveryMissingVariableInsteadOfRenderingABlank() {
        assertThatThrownBy(() -> renderer.render(
                        "application_submitted_email",
                        SEED_SUBJECT,
                        SEED_BODY,
                        Map.of("applicant_name", "김민수", "application_url", "u")))
                .isInstanceOfSatisfying(
                        MissingVariablesException.class,
                        e -> assertThat(e.missing()).containsExactly("job_title", "match_score"))
                .hasMessage("template application_submitted_email is missing variable(s) job_title, match_score");
    }

    @Test
    void shouldTreatABlankValueAsMissing() {
        final Map<String, String> variables = new HashMap<>();
        variables.put("company_name", " ");
        variables.put("job_title", null);
        variables.put("new_status", "reviewing");
        assertThatThrownBy(() -> renderer.render(
                        "status_changed_push",
                        "지원 상태가 변경되었습니다",
                        "{{company_name}}의 {{job_title}} 지원 상태가 \"{{new_status}}\"로 변경되었습니다.",
                        variables))
                .isInstanceOfSatisfying(
                        MissingVariablesException.class,
                        e -> assertThat(e.missing()).containsExactly("company_name", "job_title"));
    }

    @Test
    void shouldCheckTheSubjectToo() {
        assertThatThrownBy(() -> renderer.render("t", "{{company_name}} 면접", "본문", Map.of()))
                .isInstanceOfSatisfying(
                        MissingVariablesException.class,
                        e -> assertThat(e.missing()).containsExactly("company_name"));
    }

    @Test
    void shouldWriteValuesUnescapedBecauseNotificationsArePlainText() {
        final RenderedMessage message = renderer.render(
                "t",
                null,
                "{{company_name}}: \"{{new_status}}\"",
                Map.of("company_name", "A&B <Corp>", "new_status", "offered"));
        assertThat(message.title()).isNull();
        assertThat(message.body()).isEqualTo("A&B <Corp>: \"offered\"");
    }

    @Test
    void shouldAcceptTripleMustacheAndIgnoreUnusedVariables() {
        assertThat(renderer.render("t", null, "{{{location}}} / {{&location}}", Map.of("location", "서울", "x", "y"))
                        .body())
                .isEqualTo("서울 / 서울");
    }

    @Test
    void shouldLeaveSectionsOptional() {
        assertThat(renderer.render("t", null, "면접{{#location}} ({{location}}){{/location}}", Map.of("location", "판교"))
                        .body())
                .isEqualTo("면접 (판교)");
        assertThat(renderer.variables("t", "{{a}} {{#b}}x{{/b}} {{^c}}y{{/c}} {{d}}"))
                .containsExactly("a", "d");
    }

    @Test
    void shouldRefuseInvalidMustacheAndEmptyBodies() {
        assertThatThrownBy(() -> renderer.render("broken", null, "{{#job_title}} never closed", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("template broken is not valid Mustache");
        assertThatThrownBy(() -> renderer.render("empty", "s", " ", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template empty has no body");
        assertThatThrownBy(() -> renderer.render("empty", null, "{{#x}}a{{/x}}", Map.of()))
                .isInstanceOf(TemplateException.class)
                .hasMessage("template empty rendered a blank body");
    }

    @Test
    void shouldCacheCompiledTemplatesByText() {
        for (int i = 0; i < 3; i++) {
            assertThat(renderer.render("t", null, "{{n}}", Map.of("n", String.valueOf(i)))
                            .body())
                    .isEqualTo(String.valueOf(i));
        }
    }
}
