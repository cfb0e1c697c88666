package io.hirehub.topologies.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hirehub.topologies.resume.pii.PiiMasker;
import io.hirehub.topologies.resume.support.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalHashingEmbeddingProviderTest {

    private static final String GOLDEN_BUCKETS = "135+ 189- 479+ 608+ 836- 886+ 887+ 1061- 1307+ 1329- 1508-";
    private static final LocalHashingEmbeddingProvider PROVIDER = new LocalHashingEmbeddingProvider();
    private final PiiMasker masker = new PiiMasker();

    private float[] embed(final String text) {
        return PROVIDER.embed(List.of(text))[0];
    }

    private float[] embedResource(final String name) {
        return embed(masker.mask(Resources.text(name)).maskedText());
    }

    @Test
    void shouldBeDeterministic() {
        final String text = Resources.text("ko_backend.txt");

        final float[] first = embed(text);
        final float[] second = new LocalHashingEmbeddingProvider().embed(List.of("x", text))[1];

        assertThat(second).containsExactly(first);
    }

    @Test
    void shouldReturnUnitVectorsOf1536Dimensions() {
        final float[][] vectors = PROVIDER.embed(List.of("자바 백엔드 개발자", "Registered nurse", "Java"));

        assertThat(PROVIDER.dimensions()).isEqualTo(1536);
        for (final float[] vector : vectors) {
            assertThat(vector).hasSize(1536);
            assertThat(Vectors.norm(vector)).isCloseTo(1.0, within(1e-5));
        }
    }

    /**
     * Golden values: stored vectors are only comparable with new ones if the features, hashing and
     * analyzers stay the same. A change here means every stored embedding must be recomputed.
     */
    @Test
    void shouldKeepProducingTheSameVectorsAcrossVersions() {
        final float[] vector = embed("자바 백엔드 개발자, Spring Boot and Kubernetes 운영");
        final StringBuilder nonZero = new StringBuilder();
        for (int i = 0; i < vector.length; i++) {
            if (vector[i] != 0) {
                nonZero.append(i).append(vector[i] > 0 ? "+" : "-").append(' ');
            }
        }

        assertThat(nonZero.toString().strip()).isEqualTo(GOLDEN_BUCKETS);
    }

    @Test
    void shouldMapTextWithoutFeaturesToTheZeroVector() {
        assertThat(Vectors.norm(embed(" ... "))).isZero();
    }

    @ParameterizedTest(name = "{0} vs {1} / {2}")
    @CsvSource({
        "ko_backend.txt, job_ko_java_backend.txt, job_ko_nurse.txt",
        "en_backend.md, job_en_java_backend.txt, job_en_nurse.txt",
        "ko_nurse.txt, job_ko_nurse.txt, job_ko_java_backend.txt",
        "en_nurse.txt, job_en_nurse.txt, job_en_java_backend.txt",
        "ko_backend.txt, job_en_java_backend.txt, job_en_nurse.txt",
        "en_backend.md, job_ko_java_backend.txt, job_ko_nurse.txt"
    })
    void shouldPlaceResumesCloserToMatchingJobs(final String resume, final String matching, final String other) {
        final float[] r = embedResource(resume);

        final double near = Vectors.cosine(r, embed(Resources.text(matching)));
        final double far = Vectors.cosine(r, embed(Resources.text(other)));

        assertThat(near)
                .as("cosine to %s (%s) vs %s (%s)", matching, near, other, far)
                .isGreaterThan(far + 0.05);
    }

    @Test
    void shouldLandKoreanAndEnglishSkillNamesTogether() {
        final double synonyms = Vectors.cosine(embed("자바 스프링부트 쿠버네티스"), embed("Java Spring Boot Kubernetes"));
        final double unrelated = Vectors.cosine(embed("자바 스프링부트 쿠버네티스"), embed("Python Django React"));

        assertThat(synonyms).isGreaterThan(0.8);
        assertThat(unrelated).isLessThan(0.2);
    }
}
