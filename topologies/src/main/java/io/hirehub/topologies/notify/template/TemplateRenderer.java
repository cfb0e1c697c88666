package io.hirehub.topologies.notify.template;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.ValueCode;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders {@code notification_templates} texts with Mustache ({@code {{job_title}}} …) from a flat map
 * of variables. Strict where Mustache is lenient: every variable a template prints must be present and
 * not blank, or rendering fails with {@link MissingVariablesException} naming them all, so a user never
 * gets "님이 포지션에 지원했습니다". Sections ({@code {{#x}}…{{/x}}}) stay optional, as in Mustache.
 * Values are written as they are: the channels are plain text (no HTML escaping of {@code &} or quotes).
 * Compiled templates are cached by their text; safe for concurrent use.
 */
public final class TemplateRenderer {

    /** Cached templates beyond this are compiled again (templates are a few dozen rows). */
    private static final int MAX_CACHED = 1_000;

    private final DefaultMustacheFactory factory = new PlainTextFactory();
    private final Map<String, Compiled> cache = new ConcurrentHashMap<>();

    /**
     * Renders {@code subject} (may be {@code null}) and {@code body} of the template {@code name}.
     *
     * @throws MissingVariablesException when either names a variable {@code variables} lacks
     * @throws TemplateException         when either is not valid Mustache or the body renders blank
     */
    public RenderedMessage render(
            final String name, final String subject, final String body, final Map<String, String> variables) {
        if (body == null || body.isBlank()) {
            throw new TemplateException("template " + name + " has no body");
        }
        final Compiled subjectCode = subject == null ? null : compiled(name, subject);
        final Compiled bodyCode = compiled(name, body);
        final SortedSet<String> missing = new TreeSet<>();
        if (subjectCode != null) {
            subjectCode.collectMissing(variables, missing);
        }
        bodyCode.collectMissing(variables, missing);
        if (!missing.isEmpty()) {
            throw new MissingVariablesException(name, missing);
        }
        final String text = bodyCode.execute(variables);
        if (text.isBlank()) {
            throw new TemplateException("template " + name + " rendered a blank body");
        }
        return new RenderedMessage(subjectCode == null ? null : subjectCode.execute(variables), text);
    }

    /** The variables {@code text} prints (not the section names), sorted. */
    public SortedSet<String> variables(final String name, final String text) {
        return new TreeSet<>(compiled(name, text).required());
    }

    private Compiled compiled(final String name, final String text) {
        final Compiled hit = cache.get(text);
        if (hit != null) {
            return hit;
        }
        final Mustache mustache;
        try {
            mustache = factory.compile(new StringReader(text), name);
        } catch (MustacheException e) {
            throw new TemplateException("template " + name + " is not valid Mustache: " + e.getMessage(), e);
        }
        final Set<String> required = new TreeSet<>();
        collectValues(mustache.getCodes(), required);
        final Compiled compiled = new Compiled(mustache, Set.copyOf(required));
        if (cache.size() < MAX_CACHED) {
            cache.put(text, compiled);
        }
        return compiled;
    }

    private static void collectValues(final Code[] codes, final Set<String> into) {
        if (codes == null) {
            return;
        }
        for (final Code code : codes) {
            if (code instanceof ValueCode) {
                into.add(code.getName());
            }
            collectValues(code.getCodes(), into);
        }
    }

    private record Compiled(Mustache mustache, Set<String> required) {

        void collectMissing(final Map<String, String> variables, final Set<String> into) {
            for (final String name : required) {
                final String value = variables.get(name);
                if (value == null || value.isBlank()) {
                    into.add(name);
                }
            }
        }

        String execute(final Map<String, String> variables) {
            final StringWriter out = new StringWriter();
            mustache.execute(out, variables);
            return out.toString();
        }
    }

    /** A factory that writes values unescaped: notifications are plain text, not HTML. */
    private static final class PlainTextFactory extends DefaultMustacheFactory {

        @Override
        public void encode(final String value, final Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new MustacheException("writing a value failed", e);
            }
        }
    }
}
