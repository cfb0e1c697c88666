package io.hirehub.topologies.resume.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The labelled PII set: one passage per line with the strings that must be masked (and the
 * {@code masked_fields} key of their kind) and the ordinary strings that must be kept (with a
 * category such as {@code company} or {@code period}). {@code labelled-passages.jsonl} (355) was
 * written before the rules; {@code labelled-passages-second-round.jsonl} (146, new names, formats
 * and phrasings, many traps for the name rules) after the first rules and before tuning on it.
 *
 * <p>Line shape: {@code {"id", "lang": "ko|en|mixed", "text", "names": [account names, optional],
 * "mask": [[value, kind], ...], "keep": [[value, category], ...]}}.
 */
final class LabelledPassages {

    static final List<String> RESOURCES =
            List.of("/pii/labelled-passages.jsonl", "/pii/labelled-passages-second-round.jsonl");

    /** A string of the passage and its kind (mask) or category (keep). */
    record Item(String value, String kind) {}

    record Passage(String id, String lang, String text, List<String> names, List<Item> mask, List<Item> keep) {

        /** The account holder's name forms as the pipeline passes them (one string, forms joined by " / "). */
        Optional<String> accountName() {
            return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", names));
        }

        @Override
        public String toString() {
            return id;
        }
    }

    private LabelledPassages() {}

    static List<Passage> load() {
        final List<Passage> passages = new ArrayList<>();
        for (final String resource : RESOURCES) {
            passages.addAll(load(resource));
        }
        return passages;
    }

    static List<Passage> load(final String resource) {
        final ObjectMapper json = new ObjectMapper();
        final List<Passage> passages = new ArrayList<>();
        try (InputStream in = LabelledPassages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + resource);
            }
            final BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    passages.add(passage(json.readTree(line)));
                }
            }
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        return passages;
    }

    private static Passage passage(final JsonNode node) {
        final List<String> names = new ArrayList<>();
        node.path("names").forEach(n -> names.add(n.asText()));
        return new Passage(
                node.path("id").asText(),
                node.path("lang").asText(),
                node.path("text").asText(),
                names,
                items(node.path("mask")),
                items(node.path("keep")));
    }

    private static List<Item> items(final JsonNode array) {
        final List<Item> items = new ArrayList<>();
        array.forEach(
                pair -> items.add(new Item(pair.get(0).asText(), pair.get(1).asText())));
        return items;
    }
}
