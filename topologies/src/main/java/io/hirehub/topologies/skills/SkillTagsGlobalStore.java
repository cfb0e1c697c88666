package io.hirehub.topologies.skills;

import io.hirehub.avro.entity.SkillTag;
import io.hirehub.schemas.topics.Topics;
import io.hirehub.topologies.streams.TopicSerdes;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * The {@code hirehub.job.skill_tags} changelog as a global store that also keeps a {@link LiveSkillVocabulary}
 * current, so both applications (resume analysis and job profiles) recognise a tag inserted in PostgreSQL in the
 * next resume or job, without a restart.
 *
 * <p>Every instance reads the whole changelog (a global store), because any resume or job may name any tag. A
 * restored global store is filled without calling the processor, so {@code init} loads the vocabulary from what the
 * store already holds; later records pass through {@code process}.
 */
public final class SkillTagsGlobalStore {

    private SkillTagsGlobalStore() {}

    /**
     * Adds the global store {@code storeName} on {@link Topics#SKILL_TAGS} to {@code builder}; its updates go to
     * {@code vocabulary} through the processor {@code processorName} (its source is named {@code processorName-source}). The store holds {@link SkillTag} rows (with their record timestamps) by tag id.
     */
    public static void addTo(
            final StreamsBuilder builder,
            final TopicSerdes serdes,
            final String storeName,
            final String processorName,
            final LiveSkillVocabulary vocabulary) {
        builder.addGlobalStore(
                // Timestamped like a global table's store, so the job-profile builder reads it unchanged and an
                // existing state directory (once a globalTable) keeps its format.
                Stores.timestampedKeyValueStoreBuilder(
                                Stores.persistentTimestampedKeyValueStore(storeName),
                                Serdes.String(),
                                serdes.value(Topics.SKILL_TAGS))
                        .withLoggingDisabled(),
                Topics.SKILL_TAGS.name(),
                serdes.consumed(Topics.SKILL_TAGS, processorName),
                () -> new Updater(storeName, vocabulary));
    }

    /** Applies one changelog record to the store and the vocabulary. */
    private static final class Updater implements Processor<String, SkillTag, Void, Void> {

        private final String storeName;
        private final LiveSkillVocabulary vocabulary;
        private TimestampedKeyValueStore<String, SkillTag> store;

        private Updater(final String storeName, final LiveSkillVocabulary vocabulary) {
            this.storeName = storeName;
            this.vocabulary = vocabulary;
        }

        @Override
        public void init(final ProcessorContext<Void, Void> context) {
            store = context.getStateStore(storeName);
            try (KeyValueIterator<String, ValueAndTimestamp<SkillTag>> it = store.all()) {
                it.forEachRemaining(kv -> vocabulary.apply(kv.key, kv.value == null ? null : kv.value.value()));
            }
        }

        @Override
        public void process(final Record<String, SkillTag> record) {
            if (record.key() == null) {
                return;
            }
            if (record.value() == null) {
                store.delete(record.key());
            } else {
                store.put(record.key(), ValueAndTimestamp.make(record.value(), record.timestamp()));
            }
            vocabulary.apply(record.key(), record.value());
        }
    }
}
