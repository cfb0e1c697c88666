package io.hirehub.topologies.embed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.resume.support.Resources;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChunkerTest {

    @Test
    void shouldKeepAShortTextInOneChunk() {
        assertThat(new Chunker().chunk("- 자바 개발 7년\n- 쿠버네티스 운영"))
                .containsExactly(new TextChunk(0, "자바 개발 7년\n쿠버네티스 운영"));
    }

    @Test
    void shouldSplitLongTextIntoBoundedOverlappingChunks() {
        final Chunker chunker = new Chunker(200, 50);
        final String text = Resources.text("en_backend.md");

        final List<TextChunk> chunks = chunker.chunk(text);

        assertThat(chunks).hasSizeGreaterThan(3);
        assertThat(chunks)
                .extracting(TextChunk::chunkIndex)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, chunks.size())
                        .boxed()
                        .toList());
        assertThat(chunks).allSatisfy(c -> assertThat(c.chunkText().length()).isLessThanOrEqualTo(200));
        for (int i = 1; i < chunks.size(); i++) {
            final String previousLastLine = chunks.get(i - 1)
                    .chunkText()
                    .substring(chunks.get(i - 1).chunkText().lastIndexOf('\n') + 1);
            if (previousLastLine.length() <= 50) {
                assertThat(chunks.get(i)
                                .chunkText()
                                .substring(
                                        0,
                                        Math.min(60, chunks.get(i).chunkText().length())))
                        .contains(previousLastLine);
            }
        }
    }

    @Test
    void shouldCutASentenceLongerThanTheLimit() {
        final String sentence = "가".repeat(450);

        final List<TextChunk> chunks = new Chunker(200, 50).chunk(sentence);

        assertThat(chunks).extracting(c -> c.chunkText().length()).containsExactly(200, 200, 150);
    }

    @Test
    void shouldRejectOverlapsThatWouldNotAdvance() {
        assertThatThrownBy(() -> new Chunker(100, 60))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("embedding.chunk.overlap.chars must be 0..49, was 60");
    }
}
