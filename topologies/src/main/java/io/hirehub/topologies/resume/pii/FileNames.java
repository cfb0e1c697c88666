package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data inside file names ({@code 이력서_최유진.pdf}, {@code resume_janedoe88_2024.pdf},
 * {@code 포트폴리오_@ujin.design_2024.pdf}, {@code KimSeoyeon_Portfolio_v2.pdf}): an @handle, a
 * handle-like word with digits, a Korean name, a romanised Korean name. Words such as
 * {@code final}, {@code v2}, {@code 2023Q4} or {@code architecture-diagram} stay.
 */
final class FileNames implements Detector {

    private static final List<String> EXTENSIONS = List.of(
            ".pdf", ".doc", ".hwp", ".ppt", ".xls", ".key", ".pages", ".zip", ".png", ".jpg", ".jpeg", ".gif", ".mp4",
            ".mov", ".psd", ".ai", ".fig", ".sketch", ".txt", ".md");
    private static final Pattern EXTENSION = Pattern.compile(
            "(?i)\\.(?:pdf|docx?|hwpx?|pptx?|xlsx?|key|pages|zip|png|jpe?g|gif|mp4|mov|psd|ai|fig|sketch|txt|md)"
                    + "(?![\\p{L}\\p{N}])");
    /** Longest file name looked at. */
    private static final int LONGEST = 120;

    private static final Pattern SEGMENT = Pattern.compile("@[A-Za-z0-9_]++(?:\\.[A-Za-z0-9_]++)*+|[^_\\-. ]++");
    private static final Pattern HANDLE_WITH_DIGITS = Pattern.compile("[a-z][a-z._]{2,}+\\d{1,4}+");
    private static final Pattern CAMEL_PARTS = Pattern.compile("[A-Z][a-z]++");

    /** Words of file names that are not people. */
    private static final Set<String> DOCUMENT_WORDS = Set.of(
            "이력서", "자기소개서", "경력기술서", "포트폴리오", "최종", "수정", "국문", "영문", "사본", "원본", "첨부", "제출용", "지원서", "입사지원서", "증명사진",
            "졸업증명서", "성적증명서", "자격증", "경력증명서", "작업물", "과제", "발표", "자료");

    /** Letters-and-digits words of file names that are technology, not handles (python3, covid19). */
    private static final Set<String> TECH_WORDS = Set.of(
            "python", "java", "node", "jdk", "ubuntu", "centos", "debian", "html", "css", "oauth", "http", "https",
            "sha", "base", "utf", "log", "covid", "windows", "macos", "ios", "android", "version", "ver", "rev",
            "draft", "copy", "page", "slide", "slides", "figure", "fig", "image", "img", "photo", "scan", "final",
            "report", "sprint", "release", "build", "week", "day", "part", "chapter", "section", "sample", "test");

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final String lower = scan.lower();
        final Matcher extension = EXTENSION.matcher(text);
        final BitSet seen = new BitSet();
        for (final String ext : EXTENSIONS) {
            for (int at = lower.indexOf(ext); at > 0; at = lower.indexOf(ext, at + 1)) {
                if (seen.get(at)
                        || !extension
                                .useTransparentBounds(true)
                                .region(at, Math.min(text.length(), at + 8))
                                .lookingAt()) {
                    continue;
                }
                seen.set(at);
                final int start = fileNameStart(text, at);
                if (start < at) {
                    segments(text.substring(start, at), start, found);
                }
            }
        }
    }

    /** Where the file name that ends at {@code dot} starts: letters, digits, _ @ . & + - back to anything else. */
    private static int fileNameStart(final String text, final int dot) {
        int start = dot;
        while (start > 0 && dot - start < LONGEST && isFileNameChar(text.charAt(start - 1))) {
            start--;
        }
        return start > 0 && isFileNameChar(text.charAt(start - 1)) ? dot : start;
    }

    private static boolean isFileNameChar(final char c) {
        return Character.isLetterOrDigit(c) || "_@.&+-".indexOf(c) >= 0;
    }

    private static void segments(final String stem, final int offset, final Found found) {
        final List<int[]> words = new ArrayList<>();
        final Matcher segment = SEGMENT.matcher(stem);
        while (segment.find()) {
            words.add(new int[] {segment.start(), segment.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            final String word = stem.substring(words.get(i)[0], words.get(i)[1]);
            final int start = offset + words.get(i)[0];
            final int end = offset + words.get(i)[1];
            if (word.startsWith("@") && word.length() > 2) {
                found.add(start, end, PiiKind.HANDLE);
            } else if (word.chars().allMatch(KoreanNames::isSyllable)) {
                if (!DOCUMENT_WORDS.contains(word) && KoreanNames.plausible(word, KoreanNames.Context.WEAK)) {
                    found.add(start, end, PiiKind.NAME);
                }
            } else if (HANDLE_WITH_DIGITS.matcher(word).matches() && !isTech(word)) {
                found.add(start, end, PiiKind.HANDLE);
            } else if (isCamelKoreanName(word)) {
                found.add(start, end, PiiKind.NAME);
            } else if (i + 1 < words.size()
                    && isSplitKoreanName(word, stem.substring(words.get(i + 1)[0], words.get(i + 1)[1]))) {
                found.add(start, offset + words.get(i + 1)[1], PiiKind.NAME);
                i++;
            }
        }
    }

    private static boolean isTech(final String word) {
        final String letters = word.replaceAll("[\\d._]", "").toLowerCase(Locale.ROOT);
        return TECH_WORDS.contains(letters);
    }

    /** KimSeoyeon, SeoyeonKim: a romanised surname and a two-syllable given name run together. */
    private static boolean isCamelKoreanName(final String word) {
        final Matcher parts = CAMEL_PARTS.matcher(word);
        final List<String> found = new ArrayList<>();
        int end = 0;
        while (parts.find()) {
            if (parts.start() != end) {
                return false;
            }
            found.add(parts.group());
            end = parts.end();
        }
        if (end != word.length() || found.size() != 2) {
            return false;
        }
        return (RomanisedNames.isSurname(found.get(0)) && RomanisedNames.isGivenName(found.get(1)))
                || (RomanisedNames.isGivenName(found.get(0)) && RomanisedNames.isSurname(found.get(1)));
    }

    /** Kim_Minjun, minjun-kim: surname and given name as two words of the file name. */
    private static boolean isSplitKoreanName(final String first, final String second) {
        return (RomanisedNames.isSurname(first) && RomanisedNames.isGivenName(second))
                || (RomanisedNames.isGivenName(first) && RomanisedNames.isSurname(second));
    }
}
