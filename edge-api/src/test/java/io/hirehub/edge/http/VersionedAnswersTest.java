package io.hirehub.edge.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class VersionedAnswersTest {

    private record Page(String job, int offset, int limit) {}

    /** A stored version: equal content, yet another instance when the store decodes a change. */
    private record Top(List<String> matches) {}

    private final AtomicInteger made = new AtomicInteger();
    private final VersionedAnswers<Page, JsonAnswer> answers = new VersionedAnswers<>(3);

    private JsonAnswer answer(final Page page, final Top top) {
        return answers.get(page, top, () -> {
            made.incrementAndGet();
            return JsonAnswer.of(new Object() {
                public final String job = page.job();
                public final List<String> matches = top.matches()
                        .subList(page.offset(), Math.min(top.matches().size(), page.offset() + page.limit()));
            });
        });
    }

    @Test
    void shouldEncodeAPageOncePerVersionOfItsSource() {
        final Top top = new Top(List.of("r1", "r2", "r3"));

        final JsonAnswer first = answer(new Page("j1", 0, 2), top);
        final JsonAnswer again = answer(new Page("j1", 0, 2), top);

        assertThat(again).isSameAs(first);
        assertThat(made).hasValue(1);
        assertThat(new String(first.json())).isEqualTo("{\"job\":\"j1\",\"matches\":[\"r1\",\"r2\"]}");
    }

    @Test
    void shouldEncodeAChangedSourceAfreshEvenWhenItsContentIsEqual() {
        final JsonAnswer before = answer(new Page("j1", 0, 2), new Top(List.of("r1", "r2")));
        final JsonAnswer changed = answer(new Page("j1", 0, 2), new Top(List.of("r9", "r1")));
        final JsonAnswer equalButNew = answer(new Page("j1", 0, 2), new Top(List.of("r9", "r1")));

        assertThat(new String(changed.json())).contains("[\"r9\",\"r1\"]");
        assertThat(new String(before.json())).contains("[\"r1\",\"r2\"]");
        assertThat(equalButNew).as("identity is the version, not equality").isNotSameAs(changed);
        assertThat(made).hasValue(3);
    }

    @Test
    void shouldKeepPagesAndKeysApart() {
        final Top top = new Top(List.of("r1", "r2", "r3"));

        assertThat(new String(answer(new Page("j1", 0, 1), top).json())).contains("[\"r1\"]");
        assertThat(new String(answer(new Page("j1", 1, 1), top).json())).contains("[\"r2\"]");
        assertThat(new String(answer(new Page("j2", 0, 1), top).json())).contains("\"job\":\"j2\"");
        assertThat(made).hasValue(3);
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsedKeys() {
        final Top top = new Top(List.of("r1"));
        answer(new Page("j1", 0, 1), top);
        answer(new Page("j2", 0, 1), top);
        answer(new Page("j3", 0, 1), top);
        answer(new Page("j1", 0, 1), top);

        answer(new Page("j4", 0, 1), top);

        assertThat(answers.size()).isEqualTo(3);
        answer(new Page("j1", 0, 1), top);
        assertThat(made).as("j1 was used recently and kept").hasValue(4);
        answer(new Page("j2", 0, 1), top);
        assertThat(made).as("j2 was the least recently used and dropped").hasValue(5);
    }

    @Test
    void shouldRefuseANonPositiveCapacity() {
        assertThatThrownBy(() -> new VersionedAnswers<String, String>(0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("capacity must be positive, was 0");
    }
}
