package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Rules for social-media handles and messenger IDs: after the name of a network or messenger
 * (Korean or English, e.g. {@code 라인 ID: gildong}, {@code Discord eunbi#4821},
 * {@code 유튜브 채널 @jihwan_dev}), after a bare ID label, Mastodon-style {@code @user@host}, and
 * {@code @handles} in running text. Code that looks like a handle ({@code @Transactional},
 * {@code @dataclass}, {@code @nestjs/common}) stays.
 */
final class HandleRules {

    private HandleRules() {}

    private static final String NETWORKS_EN =
            "instagram|insta|twitter|threads|tiktok|telegram|kakao[ ]?talk|kakao|wechat"
                    + "|weixin|discord|slack|skype|signal|whatsapp|snapchat|reddit|facebook|youtube|twitch|mastodon|bluesky"
                    + "|github|gitlab|bitbucket|velog|leetcode|kaggle|codeforces|atcoder|hackerrank|programmers|solved\\.ac"
                    + "|baekjoon|boj|medium|brunch|behance|dribbble|pinterest|notion|tistory|steam|messenger|sns";

    private static final String NETWORKS_KO = "인스타그램|인스타|트위터|스레드|틱톡|텔레그램|카카오톡|카톡|라인|위챗|디스코드|슬랙"
            + "|스카이프|시그널|왓츠앱|스냅챗|레딧|페이스북|페북|유튜브|트위치|깃허브|깃헙|깃랩|벨로그|리트코드|캐글|백준|솔브드|코드포스"
            + "|프로그래머스|미디엄|브런치|비핸스|드리블|핀터레스트|노션|티스토리|스팀|메신저|네이버[ ]?블로그|블로그";

    private static final String NETWORK = "(?:(?i:" + NETWORKS_EN + ")|X|LINE|" + NETWORKS_KO + ")";

    /** The networks' names as plain words, to find the lines worth looking at. */
    private static final String[] NETWORK_WORDS = Stream.concat(
                    Stream.of((NETWORKS_EN + "|" + NETWORKS_KO).split("\\|")), Stream.of("x", "line"))
            .map(word -> word.replace("[ ]?", "").replace("\\", ""))
            .toArray(String[]::new);

    /** A network, optionally with a note in brackets and more networks after a slash: Signal/WhatsApp, X(구 트위터). */
    private static final String NETWORKS = "(?<![\\p{L}\\p{N}])" + NETWORK + "(?:[ \\t]*+\\([^)\\n]{1,20}+\\))?"
            + "(?:[ \\t]*+/[ \\t]*+" + NETWORK + "(?:[ \\t]*+\\([^)\\n]{1,20}+\\))?)*+";

    private static final String ID_WORDS = "(?:[ \\t]*+(?:ID|id|아이디|(?i:handle)|핸들|계정|(?i:account)|닉네임|(?i:nickname)"
            + "|(?i:username|user[ ]name)|채널|(?i:channel)|오픈채팅|(?i:open[ ]chat)))++(?:은|는|이|가|로|으로)?";

    /** A handle: @name, name.with.dots, name#1234 (Discord), live:name (Skype), u/name (Reddit). */
    private static final String VALUE = "(?<pii>live:[A-Za-z0-9._:-]{2,40}+|u/[A-Za-z0-9_-]{2,30}+"
            + "|@?[A-Za-z0-9][A-Za-z0-9_-]*+(?:\\.[A-Za-z0-9_-]++)*+(?:#\\d{4})?)(?![\\w@/])";

    // 라인 ID: gildong_hong / Discord: kenji_t#0420 / 유튜브 채널 @jihwan_dev / Kaggle handle hannahlee92
    static final PiiRule AFTER_NETWORK = PiiRule.of(
                    "handle-network",
                    PiiKind.HANDLE,
                    NETWORKS + "(?:" + ID_WORDS + "[ \\t]*+[:：|]?|[ \\t]*+[:：|])[ \\t]*+" + VALUE,
                    HandleRules::plausible)
            .startingAt(NETWORK_WORDS);

    // 디스코드 eunbi.go#4821 / GitHub @noahw / YouTube (@sophie_codes): no colon, so the value must look like a handle.
    static final PiiRule NEXT_TO_NETWORK = PiiRule.of(
                    "handle-network-loose",
                    PiiKind.HANDLE,
                    NETWORKS + "(?:[ \\t]++|[ \\t]*+\\([ \\t]*+)" + VALUE,
                    value -> plausible(value) && hasMarker(value))
            .startingAt(NETWORK_WORDS);

    // (ID: bear_codes), 닉네임: jdoe92, username: priya.p.91
    static final PiiRule AFTER_ID_LABEL = PiiRule.of(
                    "handle-id-label",
                    PiiKind.HANDLE,
                    "(?<![\\p{L}])(?:ID|아이디|닉네임|(?i:nickname|username|user[ ]name|handle))[ \\t]*+[:：][ \\t]*+" + VALUE,
                    HandleRules::plausible)
            .startingAt("id", "아이디", "닉네임", "nickname", "username", "user name", "handle");

    // @sophie@hachyderm.io (Mastodon, before the e-mail rule sees sophie@hachyderm.io)
    static final PiiRule FEDIVERSE = PiiRule.of(
                    "handle-fediverse",
                    PiiKind.HANDLE,
                    "(?<![\\w@.])@[A-Za-z0-9_]{1,30}+@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)++")
            .gatedBy("@");

    // "follow @janedoe": an @handle in running text that is not code.
    static final PiiRule MENTION = PiiRule.of(
                    "handle-mention",
                    PiiKind.HANDLE,
                    "(?<![\\w@.+/-])@[A-Za-z0-9_](?:[A-Za-z0-9_]|\\.(?=[A-Za-z0-9_])){1,29}+(?![\\w@/(.-])",
                    HandleRules::notCode)
            .gatedBy("@");

    /** The rules after e-mails (which take {@code a@b.com} first); {@link #FEDIVERSE} runs before them. */
    static List<PiiRule> all() {
        return List.of(AFTER_NETWORK, AFTER_ID_LABEL, NEXT_TO_NETWORK, MENTION);
    }

    private static final Pattern CAPITALISED_WORD = Pattern.compile("@?(?:[A-Z][a-z]++|[A-Z]++)");
    private static final Pattern MARKER = Pattern.compile("@.+|.*[0-9_.#:/].*|.*[a-z]-[a-z].*");
    private static final Pattern PASCAL_CASE = Pattern.compile("[A-Z][A-Za-z]*+");
    private static final Pattern DIGITS_ONLY = Pattern.compile("@?[\\d.]++|@?\\d+x");

    /** Annotations, decorators, CSS at-rules and chat mentions written with '@'. */
    private static final Set<String> CODE = Set.of(
            "dataclass",
            "property",
            "staticmethod",
            "classmethod",
            "abstractmethod",
            "lru_cache",
            "cache",
            "cached_property",
            "contextmanager",
            "asynccontextmanager",
            "wraps",
            "override",
            "overload",
            "total_ordering",
            "singledispatch",
            "jit",
            "njit",
            "pytest",
            "fixture",
            "app",
            "router",
            "validator",
            "field_validator",
            "model_validator",
            "root_validator",
            "media",
            "import",
            "keyframes",
            "font-face",
            "mixin",
            "include",
            "extend",
            "apply",
            "layer",
            "tailwind",
            "supports",
            "container",
            "charset",
            "use",
            "forward",
            "each",
            "if",
            "else",
            "return",
            "function",
            "everyone",
            "here",
            "channel",
            "param",
            "returns",
            "throws",
            "see",
            "since",
            "author",
            "version",
            "deprecated",
            "link",
            "inheritdoc",
            "type",
            "typedef",
            "example",
            "todo",
            "fixme",
            "latest",
            "next",
            "types",
            "angular",
            "nestjs",
            "babel",
            "emotion",
            "mui",
            "vue",
            "storybook",
            "tanstack",
            "reduxjs",
            "jest",
            "vitejs",
            "sveltejs",
            "prisma",
            "nuxt",
            "apollo");

    /**
     * A handle shape with at least one letter, not a number, and, without an '@', not a bare
     * capitalised word ("Medium: Kotlin", "GitHub: Actions").
     */
    private static boolean plausible(final String value) {
        return value.length() <= 40
                && value.chars().anyMatch(Character::isLetter)
                && !DIGITS_ONLY.matcher(value).matches()
                && (value.startsWith("@") || !CAPITALISED_WORD.matcher(value).matches());
    }

    private static boolean hasMarker(final String value) {
        return MARKER.matcher(value).matches();
    }

    private static boolean notCode(final String value) {
        if (!value.startsWith("@")) {
            return true;
        }
        final String name = value.substring(1);
        return !CODE.contains(name)
                && !CODE.contains(name.split("\\.", 2)[0])
                && !PASCAL_CASE.matcher(name).matches()
                && !DIGITS_ONLY.matcher(value).matches();
    }
}
