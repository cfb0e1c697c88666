package io.hirehub.topologies.resume.pii;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the masker removed, for {@code pii_masking_logs.masked_fields}. Never holds a raw value.
 *
 * <p>JSON shape (keys only for kinds that were found, in {@link PiiKind} order):
 * <pre>{@code
 * {"name":  {"count": 2, "masked": ["***"]},
 *  "phone": {"count": 2, "masked": ["***-****-****", "+** **-****-****"]},
 *  "email": {"count": 1, "masked": ["***@***"]}}
 * }</pre>
 * {@code count} is the number of occurrences replaced; {@code masked} the distinct previews (see
 * {@link PiiKind#preview(String)}) in the order found (text order within each of the masker's phases), at most {@value #MAX_PREVIEWS}.
 * The seed's example {@code {"name": "***", "phone": "***-****-****"}} becomes the
 * {@code masked} lists, with counts added so operators can see how much was removed.
 */
public final class MaskedFields {

    static final int MAX_PREVIEWS = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One kind's entry. */
    public record Entry(int count, List<String> masked) {
        public Entry {
            masked = List.copyOf(masked);
        }
    }

    private final Map<PiiKind, Entry> entries;

    private MaskedFields(final Map<PiiKind, Entry> entries) {
        this.entries = Collections.unmodifiableMap(new EnumMap<>(entries));
    }

    public static MaskedFields empty() {
        return new MaskedFields(new EnumMap<>(PiiKind.class));
    }

    /** Entries by kind, only kinds that were found. */
    public Map<PiiKind, Entry> entries() {
        return entries;
    }

    /** Occurrences masked for {@code kind}. */
    public int count(final PiiKind kind) {
        final Entry entry = entries.get(kind);
        return entry == null ? 0 : entry.count();
    }

    /** Occurrences masked over all kinds. */
    public int total() {
        return entries.values().stream().mapToInt(Entry::count).sum();
    }

    public boolean isEmpty() {
        return entries.isEmpty();
    }

    /** The {@code masked_fields} JSON object. */
    public ObjectNode toJson() {
        final ObjectNode root = JSON.createObjectNode();
        entries.forEach((kind, entry) -> {
            final ObjectNode node = root.putObject(kind.key());
            node.put("count", entry.count());
            entry.masked().forEach(node.putArray("masked")::add);
        });
        return root;
    }

    /** The {@code masked_fields} JSON text. */
    public String toJsonString() {
        return toJson().toString();
    }

    /** Reads the JSON written by {@link #toJson()}. */
    public static MaskedFields fromJson(final JsonNode node) {
        final Builder builder = new Builder();
        for (final PiiKind kind : PiiKind.values()) {
            final JsonNode entry = node.get(kind.key());
            if (entry != null) {
                final List<String> masked = new ArrayList<>();
                entry.path("masked").forEach(m -> masked.add(m.asText()));
                builder.entries.put(kind, new Entry(entry.path("count").asInt(), masked));
            }
        }
        return builder.build();
    }

    @Override
    public boolean equals(final Object other) {
        return other instanceof MaskedFields that && entries.equals(that.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return toJsonString();
    }

    /** Accumulates masked occurrences. */
    public static final class Builder {
        private final Map<PiiKind, Entry> entries = new EnumMap<>(PiiKind.class);

        /** Records one occurrence by its raw value; only the preview is kept. */
        public Builder add(final PiiKind kind, final String raw) {
            return addPreview(kind, kind.preview(raw), 1);
        }

        /** Records {@code count} occurrences with an already safe preview. */
        public Builder addPreview(final PiiKind kind, final String preview, final int count) {
            Objects.requireNonNull(kind, "kind");
            final Entry old = entries.get(kind);
            final Set<String> previews = new LinkedHashSet<>(old == null ? List.of() : old.masked());
            if (previews.size() < MAX_PREVIEWS) {
                previews.add(preview);
            }
            entries.put(kind, new Entry((old == null ? 0 : old.count()) + count, new ArrayList<>(previews)));
            return this;
        }

        /** Adds everything in {@code other}. */
        public Builder addAll(final MaskedFields other) {
            other.entries.forEach((kind, entry) -> {
                for (final String preview : entry.masked()) {
                    addPreview(kind, preview, 0);
                }
                final Entry merged = entries.get(kind);
                entries.put(kind, new Entry(merged.count() + entry.count(), merged.masked()));
            });
            return this;
        }

        public MaskedFields build() {
            return new MaskedFields(entries);
        }
    }
}
