package io.hirehub.topologies.match.scoring;

import io.hirehub.schemas.values.CompanySize;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a jobseeker's desired position, split for the culture score: content words (what
 * the job title or industry should mention) and a company-size hint (스타트업, 중견, 대기업 …).
 * Generic role words (개발자, engineer …) carry no signal and are dropped unless nothing else is left.
 */
final class PositionWords {

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}+#-]+");
    private static final Set<String> GENERIC = Set.of(
            "개발자",
            "엔지니어",
            "developer",
            "engineer",
            "담당",
            "담당자",
            "채용",
            "신입",
            "경력",
            "및",
            "and",
            "the",
            "of",
            "포지션",
            "position");
    private static final Set<String> SMALL = Set.of("스타트업", "startup", "start-up", "벤처");
    private static final Set<String> MEDIUM = Set.of("중견", "중견기업");
    private static final Set<String> LARGE = Set.of("대기업", "enterprise", "대형");

    private final List<String> words;
    private final Set<CompanySize> wantedSizes;

    private PositionWords(final List<String> words, final Set<CompanySize> wantedSizes) {
        this.words = words;
        this.wantedSizes = wantedSizes;
    }

    static PositionWords of(final String desiredPosition) {
        final List<String> content = new ArrayList<>();
        final List<String> generic = new ArrayList<>();
        final Set<CompanySize> sizes = EnumSet.noneOf(CompanySize.class);
        for (final String word : split(desiredPosition)) {
            if (SMALL.contains(word)) {
                sizes.addAll(EnumSet.of(CompanySize.XS, CompanySize.S, CompanySize.M));
            } else if (MEDIUM.contains(word)) {
                sizes.addAll(EnumSet.of(CompanySize.M, CompanySize.L));
            } else if (LARGE.contains(word)) {
                sizes.addAll(EnumSet.of(CompanySize.L, CompanySize.XL));
            } else if (GENERIC.contains(word)) {
                generic.add(word);
            } else {
                content.add(word);
            }
        }
        return new PositionWords(content.isEmpty() ? generic : content, sizes);
    }

    static List<String> split(final String text) {
        final List<String> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (final String word : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /** Words of a job's title and company industry, as {@link #overlapWith} compares them. */
    static List<String> jobWords(final String title, final String industry) {
        final List<String> jobWords = split(title);
        jobWords.addAll(split(industry));
        return List.copyOf(jobWords);
    }

    /**
     * 0–100 share of the content words found in the job's title or industry (a word matches when one
     * contains the other, so "백엔드" matches "백엔드개발"); {@code null} when there are no words, or when the
     * position and the job's words are mostly in different scripts ({@link Script}: "Backend Engineer" cannot be
     * found in "백엔드 개발자" word by word, which says nothing about the fit).
     */
    Double overlapWith(final List<String> jobWords) {
        if (words.isEmpty() || Script.differ(Script.dominant(words), Script.dominant(jobWords))) {
            return null;
        }
        int found = 0;
        for (final String word : words) {
            for (final String jobWord : jobWords) {
                if (jobWord.contains(word) || (jobWord.length() >= 2 && word.contains(jobWord))) {
                    found++;
                    break;
                }
            }
        }
        return 100.0 * found / words.size();
    }

    /** 100/0 when a size is wanted and the company's is known, else {@code null}. */
    Double sizeFit(final CompanySize companySize) {
        if (wantedSizes.isEmpty() || companySize == null) {
            return null;
        }
        return wantedSizes.contains(companySize) ? 100.0 : 0.0;
    }
}
