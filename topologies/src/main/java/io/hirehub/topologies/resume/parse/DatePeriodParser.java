package io.hirehub.topologies.resume.parse;

import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a date range in a line: {@code 2019.03 ~ 2022.02}, {@code 2019년 3월 – 현재},
 * {@code Mar 2019 - Present}, {@code 03/2019 to 02/2022}, {@code 2012 ~ 2016}. Year-only dates
 * start in January and end in December.
 */
public final class DatePeriodParser {

    private static final String MONTH_NAMES = "January|February|March|April|May|June|July|August|September"
            + "|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec";
    private static final String DATE = "(?:(?:19|20)\\d{2}[ ]*(?:[.\\-/]|년)[ ]*(?:0?[1-9]|1[0-2])(?![\\d])(?:[ ]*월)?"
            + "(?:[ ]*[.\\-/][ ]*\\d{1,2}(?![\\d])(?:[ ]*일)?)?\\.?"
            + "|(?:" + MONTH_NAMES + ")\\.?,?[ ]+(?:19|20)\\d{2}"
            + "|(?:0?[1-9]|1[0-2])/(?:19|20)\\d{2}"
            + "|(?:19|20)\\d{2}(?:[ ]*년)?(?![\\d.]))";
    private static final String ONGOING = "현재|재직[ ]?중|재학[ ]?중|진행[ ]?중|Present|Current|Now|Today|Ongoing";
    private static final Pattern RANGE = Pattern.compile("(?i)(?<from>" + DATE + ")[ ]*(?:~|-|–|—|to|부터)[ ]*"
            + "(?:(?<ongoing>" + ONGOING + ")|(?<to>" + DATE + "))(?:[ ]*까지)?");
    private static final Pattern SINGLE = Pattern.compile("(?i)" + DATE);

    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})[ ]*(?:[.\\-/]|년)[ ]*(\\d{1,2})");
    private static final Pattern MONTH_NAME_YEAR =
            Pattern.compile("(?i)(" + MONTH_NAMES + ")\\.?,?[ ]+((?:19|20)\\d{2})");
    private static final Pattern MONTH_SLASH_YEAR = Pattern.compile("(\\d{1,2})/((?:19|20)\\d{2})");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");

    /** A period found in a line, with where it was. */
    public record Found(DatePeriod period, int start, int end) {}

    private DatePeriodParser() {}

    /** The first date range in {@code line}. */
    public static Optional<Found> findRange(final String line) {
        final Matcher matcher = RANGE.matcher(line);
        while (matcher.find()) {
            final YearMonth from = parse(matcher.group("from"), true);
            if (matcher.group("ongoing") != null) {
                return Optional.of(new Found(new DatePeriod(from, null, true), matcher.start(), matcher.end()));
            }
            final YearMonth to = parse(matcher.group("to"), false);
            if (!to.isBefore(from)) {
                return Optional.of(new Found(new DatePeriod(from, to, false), matcher.start(), matcher.end()));
            }
        }
        return Optional.empty();
    }

    /** The first single date in {@code line} (e.g. a graduation {@code 2016.02 졸업}), as an end month. */
    public static Optional<Found> findSingle(final String line) {
        final Matcher matcher = SINGLE.matcher(line);
        if (matcher.find()) {
            final YearMonth month = parse(matcher.group(), false);
            return Optional.of(new Found(new DatePeriod(month, month, false), matcher.start(), matcher.end()));
        }
        return Optional.empty();
    }

    static YearMonth parse(final String text, final boolean isStart) {
        Matcher matcher = YEAR_MONTH.matcher(text);
        if (matcher.find()) {
            return YearMonth.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        matcher = MONTH_NAME_YEAR.matcher(text);
        if (matcher.find()) {
            return YearMonth.of(Integer.parseInt(matcher.group(2)), month(matcher.group(1)));
        }
        matcher = MONTH_SLASH_YEAR.matcher(text);
        if (matcher.find()) {
            return YearMonth.of(Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1)));
        }
        matcher = YEAR.matcher(text);
        if (matcher.find()) {
            return YearMonth.of(Integer.parseInt(matcher.group(1)), isStart ? 1 : 12);
        }
        throw new IllegalArgumentException("not a date: " + text.length() + " chars");
    }

    private static int month(final String name) {
        final String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        return switch (prefix) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
