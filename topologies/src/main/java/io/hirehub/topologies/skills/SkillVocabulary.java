package io.hirehub.topologies.skills;

import io.hirehub.avro.entity.SkillCategory;
import io.hirehub.schemas.skills.SkillCatalogue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skill vocabulary: canonical {@code skill_tags} names with their categories and synonyms, and a finder of the
 * skills a text claims ({@link #find}). Built from the tags as they are; the topologies keep one current from the
 * {@code skill_tags} changelog ({@link LiveSkillVocabulary}), starting from the built-in catalogue.
 *
 * <p>What counts as a mention: any spelling of a tag (name, synonym, their British/American and plural variants),
 * case-insensitive except for short acronyms, with Korean spacing free ({@code 데이터분석} = {@code 데이터 분석}),
 * on word boundaries ({@link SpellingFinder}), and only where the text claims it ({@link MentionContext}: not
 * negated, not planned, not a company's name, short names only among skills).
 *
 * <p>Two tags may list the same spelling (the database does not forbid it): the tag whose name it is wins, else the
 * tag whose name sorts first, so the outcome never depends on the order rows arrived in. Tags of the same name
 * (any case) merge. Immutable and thread-safe.
 */
public final class SkillVocabulary {

    private static final class BuiltIn {
        private static final SkillVocabulary INSTANCE = of(
                SkillCatalogue.builtIn().skills().stream().map(SkillEntry::of).toList());
    }

    private final List<SkillEntry> skills;
    private final Map<String, SkillEntry> bySpelling;
    private final SpellingFinder finder;

    private SkillVocabulary(final List<SkillEntry> skills) {
        this.skills = List.copyOf(skills);
        final Map<String, SkillEntry> owners = new HashMap<>();
        final Map<String, Spelling> spellings = new LinkedHashMap<>();
        for (final SkillEntry skill : this.skills) {
            for (final String spelling : skill.spellings()) {
                for (final String variant : SpellingVariants.of(spelling)) {
                    final String key = Letters.keyOf(variant);
                    if (key.isEmpty() || !owns(skill, owners.get(key), key)) {
                        continue;
                    }
                    owners.put(key, skill);
                    spellings.put(key + '\u0000' + variant, Spelling.of(skill, variant));
                }
            }
        }
        this.bySpelling = Map.copyOf(owners);
        // A spelling whose key another tag won is not searched for under the loser's name.
        this.finder = new SpellingFinder(spellings.values().stream()
                .filter(s -> owners.get(s.key()) == s.skill())
                .toList());
    }

    private static boolean owns(final SkillEntry candidate, final SkillEntry holder, final String key) {
        if (holder == null || holder == candidate) {
            return true;
        }
        final boolean candidateName = Letters.keyOf(candidate.name()).equals(key);
        final boolean holderName = Letters.keyOf(holder.name()).equals(key);
        if (candidateName != holderName) {
            return candidateName;
        }
        return candidate.name().compareTo(holder.name()) < 0;
    }

    /** The vocabulary of the built-in catalogue (what job migration V3 writes to {@code skill_tags}). */
    public static SkillVocabulary builtIn() {
        return BuiltIn.INSTANCE;
    }

    /** A vocabulary of these tags; tags of the same name (any case) merge their synonyms. */
    public static SkillVocabulary of(final Collection<SkillEntry> tags) {
        final Map<String, SkillEntry> byName = new LinkedHashMap<>();
        tags.stream()
                .sorted(Comparator.comparing(SkillEntry::name))
                .forEach(tag -> byName.merge(tag.name().toLowerCase(Locale.ROOT), tag, SkillVocabulary::merge));
        return new SkillVocabulary(new ArrayList<>(byName.values()));
    }

    private static SkillEntry merge(final SkillEntry a, final SkillEntry b) {
        final Set<String> synonyms = new LinkedHashSet<>(a.synonyms());
        synonyms.addAll(b.synonyms());
        final SkillCategory category = a.category() != SkillCategory.UNKNOWN ? a.category() : b.category();
        return new SkillEntry(a.name(), category, List.copyOf(synonyms));
    }

    /** Every tag, names in ascending order. */
    public List<SkillEntry> skills() {
        return skills;
    }

    public int size() {
        return skills.size();
    }

    /** The skills the text claims, in text order, no two overlapping. */
    public List<SkillMention> find(final String text) {
        final List<SpellingFinder.Hit> hits = MentionContext.claimed(text, finder.find(text));
        final List<SkillMention> mentions = new ArrayList<>(hits.size());
        for (final SpellingFinder.Hit hit : hits) {
            mentions.add(new SkillMention(hit.spelling().skill(), hit.start(), hit.end()));
        }
        return mentions;
    }

    /** The tag a spelling stands for (name or synonym, any case, spaces and hyphens ignored). */
    public Optional<SkillEntry> lookup(final String spelling) {
        return Optional.ofNullable(bySpelling.get(Letters.keyOf(spelling.strip())));
    }

    /** The canonical name of a spelling; an unknown spelling comes back stripped. */
    public String canonical(final String spelling) {
        return lookup(spelling).map(SkillEntry::name).orElseGet(spelling::strip);
    }
}
