package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Several rules that all need the same keyword, run as one detector: the lines holding it are found
 * once, then each rule runs on them. The rules' own keywords are not consulted.
 */
final class RuleGroup implements Detector {

    private final List<PiiRule> rules;
    private final Keywords keywords;

    RuleGroup(final List<PiiRule> rules, final String... keywords) {
        this.rules = List.copyOf(rules);
        this.keywords = Keywords.shared(List.of(keywords));
    }

    @Override
    public void detect(final Scan scan, final Found found) {
        final String text = scan.text();
        final Matcher[] matchers = new Matcher[rules.size()];
        for (int i = 0; i < matchers.length; i++) {
            matchers[i] = rules.get(i).pattern().matcher(text).useTransparentBounds(true);
        }
        scan.linesWith(keywords, (start, end) -> {
            for (int i = 0; i < matchers.length; i++) {
                rules.get(i).report(text, matchers[i].region(start, end), found);
            }
        });
    }
}
