package io.hirehub.topologies.skills;

import io.hirehub.avro.entity.SkillTag;
import io.hirehub.schemas.skills.CatalogueSkill;
import io.hirehub.schemas.skills.SkillCatalogue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The current skill vocabulary of a running topology, kept from the {@code skill_tags} changelog: rows are put and
 * removed by tag id as they arrive (on the global-store thread), readers on the stream threads get an immutable
 * {@link SkillVocabulary} rebuilt at their first read after a change — so a tag inserted in PostgreSQL is recognised
 * in the next resume or job, without a restart, and a burst of rows (the changelog read at start-up) costs one
 * rebuild, not one per row.
 *
 * <p>It starts from the built-in catalogue keyed by the ids job migration V3 gives its rows
 * ({@link CatalogueSkill#id()}), so a fresh deployment recognises skills before the changelog is read, and the
 * changelog's rows for the same tags replace them (a deleted tag goes, built-in or not). Thread-safe.
 */
public final class LiveSkillVocabulary implements Supplier<SkillVocabulary> {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSkillVocabulary.class);

    private final Map<String, SkillEntry> byId = new LinkedHashMap<>();
    private SkillVocabulary current;
    private long changes;
    private long builtAt;

    private LiveSkillVocabulary(final SkillVocabulary initial) {
        this.current = initial;
    }

    /** A vocabulary holding the built-in catalogue until the changelog says otherwise. */
    public static LiveSkillVocabulary startingFromBuiltIn() {
        final LiveSkillVocabulary live = new LiveSkillVocabulary(SkillVocabulary.builtIn());
        for (final CatalogueSkill skill : SkillCatalogue.builtIn().skills()) {
            live.byId.put(skill.id().toString(), SkillEntry.of(skill));
        }
        return live;
    }

    /** Applies one changelog record: a row, or a tombstone ({@code tag == null}) removing the tag. */
    public synchronized void apply(final String id, final SkillTag tag) {
        if (tag == null) {
            if (byId.remove(id) == null) {
                return;
            }
        } else {
            byId.put(id, SkillEntry.of(tag));
        }
        changes++;
    }

    /** The vocabulary as of the last applied record (rebuilt here if a record arrived since the last read). */
    @Override
    public synchronized SkillVocabulary get() {
        if (builtAt != changes) {
            final long start = System.nanoTime();
            current = SkillVocabulary.of(byId.values());
            builtAt = changes;
            LOG.info(
                    "skill vocabulary rebuilt: {} tags after {} changelog changes, in {} ms",
                    current.size(),
                    changes,
                    (System.nanoTime() - start) / 1_000_000);
        }
        return current;
    }

    /** How many changes have been applied since start; readers compare it to notice a change. */
    public synchronized long version() {
        return changes;
    }
}
