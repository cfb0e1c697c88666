package io.hirehub.topologies.resume.pii;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The masker against the labelled set: recall ≥ 0.98 and keep ≥ 0.98 overall, no kind or
 * category below 0.95. The full table (and every miss) is written to
 * {@code target/pii-labelled-set.txt}.
 */
class PiiLabelledSetTest {

    private static final List<LabelledPassages.Passage> PASSAGES = LabelledPassages.load();
    private final PiiMasker masker = new PiiMasker();

    @Test
    void shouldHoldAtLeastThreeHundredPassagesInEveryLanguage() {
        assertThat(LabelledPassages.load(LabelledPassages.RESOURCES.get(0))).hasSizeGreaterThanOrEqualTo(300);
        assertThat(PASSAGES).extracting(LabelledPassages.Passage::id).doesNotHaveDuplicates();
        assertThat(PASSAGES).extracting(LabelledPassages.Passage::lang).contains("ko", "en", "mixed");
        for (final LabelledPassages.Passage passage : PASSAGES) {
            for (final LabelledPassages.Item item : passage.mask()) {
                assertThat(passage.text()).as(passage.id()).contains(item.value());
            }
            for (final LabelledPassages.Item item : passage.keep()) {
                assertThat(passage.text()).as(passage.id()).contains(item.value());
            }
        }
    }

    @Test
    void shouldCoverEveryKindWithEnoughExamples() {
        final Map<String, Long> perKind = PASSAGES.stream()
                .flatMap(p -> p.mask().stream())
                .collect(Collectors.groupingBy(LabelledPassages.Item::kind, Collectors.counting()));

        for (final PiiKind kind : PiiKind.values()) {
            assertThat(perKind).as(kind.key()).containsKey(kind.key());
        }
        for (final String kind : List.of(
                "bank_account", "driver_license", "passport", "email", "handle", "name", "phone", "birth_date")) {
            assertThat(perKind.get(kind)).as(kind).isGreaterThanOrEqualTo(20);
        }
    }

    @Test
    void shouldMaskWhatMustBeMaskedAndKeepWhatMustBeKept() throws IOException {
        final LabelledSetScore score = LabelledSetScore.of(PASSAGES, masker);
        final String report = score.report();
        final Path out = Path.of("target", "pii-labelled-set.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        assertThat(score.recallOverall.share()).as(report).isGreaterThanOrEqualTo(0.98);
        assertThat(score.keepOverall.share()).as(report).isGreaterThanOrEqualTo(0.98);
        for (final Map.Entry<String, LabelledSetScore.Tally> kind : score.recall.entrySet()) {
            assertThat(kind.getValue().share())
                    .as(kind.getKey() + "\n" + report)
                    .isGreaterThanOrEqualTo(0.95);
        }
        for (final Map.Entry<String, LabelledSetScore.Tally> kind : score.keep.entrySet()) {
            assertThat(kind.getValue().share())
                    .as(kind.getKey() + "\n" + report)
                    .isGreaterThanOrEqualTo(0.95);
        }
    }

    @Test
    void shouldBeIdempotentOnEveryPassage() {
        for (final LabelledPassages.Passage passage : PASSAGES) {
            final MaskingResult once = masker.mask(passage.text(), passage.accountName());
            final MaskingResult twice = masker.mask(once.maskedText(), passage.accountName());

            assertThat(twice.maskedText()).as(passage.id()).isEqualTo(once.maskedText());
            assertThat(twice.maskedFields().isEmpty()).as(passage.id()).isTrue();
        }
    }

    @Test
    void shouldNeverWriteARawValueIntoMaskedFields() {
        for (final LabelledPassages.Passage passage : PASSAGES) {
            final String fields = masker.mask(passage.text(), passage.accountName())
                    .maskedFields()
                    .toJsonString();
            for (final LabelledPassages.Item item : passage.mask()) {
                assertThat(fields).as(passage.id()).doesNotContain(item.value());
            }
        }
    }
}
