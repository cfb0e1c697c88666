package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People listed after a label: co-authors of a paper, members of a team ({@code 공동 저자: 국지민,
 * 어윤호}, {@code 팀원: 김철수 / 이영희 외 3명}, {@code Co-authors: J. Kim, M. Park}). Each item that is
 * a plausible Korean name or reads as a Latin name (initials allowed) is masked; the list ends at the
 * first item that is not one ({@code 외 3명}, {@code 기획자}).
 */
final class NameList implements Detector {

    private static final Keywords LABEL_WORDS =
            Keywords.shared(List.of("저자", "발표자", "팀원", "구성원", "참여자", "멘토", "멘티", "author", "team member"));

    private static final Pattern LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:공동[ ]?저자|공저자|저자|발표자|팀원|팀[ ]?구성원|구성원"
                    + "|참여자|멘토|멘티|(?i:co-?authors?|authors?|team[ ]members?))[ \\t]*+(?:\\([^)\\n]{0,15}+\\))?[ \\t]*+[:：][ \\t]*+");

    private static final Pattern ITEM = Pattern.compile("(?<name>[가-힣]{2,4}+(?![가-힣])|[가-힣](?:[ ][가-힣]){1,3}+(?![가-힣])"
            + "|(?:[A-Z]\\.[ ]?){1,2}[A-Z][a-z'-]{1,20}+|[A-Z][a-z'-]{1,20}+(?:[ ][A-Z][a-z'-]{1,20}+){1,2})"
            + "(?:[ ](?:님|씨|교수|박사|연구원|팀장|책임|선임))?[ \\t]*+(?<separator>[,/·、ㆍ][ \\t]*+)?");

    private static boolean isName(final String item) {
        return item.chars().anyMatch(KoreanNames::isSyllable)
                ? KoreanNames.plausible(item, KoreanNames.Context.WEAK)
                : EnglishNames.isName(item, 1);
    }

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final Matcher label = LABEL.matcher(text).useTransparentBounds(true);
        final Matcher item = ITEM.matcher(text);
        scan.keywordStarts(LABEL_WORDS, (at, lineEnd) -> {
            // The label may start before its keyword (공동 저자): look back a few characters.
            final int from = Math.max(0, at - 3);
            label.region(from, lineEnd);
            if (!label.find() || label.start() > at) {
                return;
            }
            int position = label.end();
            while (position < lineEnd) {
                item.region(position, lineEnd);
                if (!item.lookingAt() || !isName(item.group("name"))) {
                    return;
                }
                found.add(item.start("name"), item.end("name"), PiiKind.NAME);
                if (item.group("separator") == null) {
                    return;
                }
                position = item.end();
            }
        });
    }
}
