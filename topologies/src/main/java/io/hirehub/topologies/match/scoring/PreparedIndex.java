package io.hirehub.topologies.match.scoring;

import io.hirehub.topologies.match.vectors.Preselection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Prepared profiles of one side (the broadcast open jobs, or a task's resume shard) with their
 * compact vectors, for "best {@code n} of this side for one query": approximate-cosine
 * pre-selection of {@code n × preselectFactor} candidates ({@link Preselection}), then exact scoring
 * of the candidates only. Profiles without an embedding cannot be pre-selected and are always
 * scored (there are few: the pipelines embed everything they publish); a query without an
 * embedding is scored against the whole side.
 *
 * <p>State: derived from the profiles alone; a processor keeps them in changelogged stores and
 * rebuilds the index on restore by putting every stored profile. Not thread-safe.
 *
 * @param <P> the prepared side
 */
public final class PreparedIndex<P extends Prepared> {

    private final MatchSettings settings;
    private final Preselection vectors;
    private final Map<String, P> byId = new HashMap<>();
    private final Map<String, P> withoutEmbedding = new LinkedHashMap<>();

    public PreparedIndex(final MatchSettings settings, final int dims) {
        this.settings = settings;
        this.vectors = new Preselection(settings.preselectMode(), settings.binaryOversample(), dims);
    }

    /** Adds or replaces one prepared profile (by id). */
    public void put(final P prepared) {
        byId.put(prepared.id(), prepared);
        if (prepared.embedding() == null) {
            vectors.remove(prepared.id());
            withoutEmbedding.put(prepared.id(), prepared);
        } else {
            withoutEmbedding.remove(prepared.id());
            vectors.put(prepared.id(), prepared.embedding());
        }
    }

    /** Removes a profile; returns whether it was there. */
    public boolean remove(final String id) {
        withoutEmbedding.remove(id);
        vectors.remove(id);
        return byId.remove(id) != null;
    }

    /** The prepared profile of {@code id}, or {@code null}. */
    public P get(final String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** Every prepared profile held, in no particular order. */
    public Iterable<P> all() {
        return byId.values();
    }

    /**
     * The best {@code n} results for a query, best first by {@code order}: the pre-selected
     * candidates and the profiles without embedding are scored with {@code score}, which returns
     * {@code null} for a candidate that must not be matched.
     */
    public List<MatchResult> top(
            final float[] query,
            final int n,
            final Comparator<MatchResult> order,
            final Function<P, MatchResult> score) {
        Settings.requirePositive("n", n);
        final Ranking ranking = new Ranking(n, order);
        if (query == null) {
            byId.values().forEach(p -> ranking.offer(score.apply(p)));
            return ranking.best();
        }
        for (final String id : preselect(query, settings.candidates(n))) {
            ranking.offer(score.apply(byId.get(id)));
        }
        withoutEmbedding.values().forEach(p -> ranking.offer(score.apply(p)));
        return ranking.best();
    }

    /**
     * Like {@link #top(float[], int, Comparator, Function)}, and also scores {@code alsoScore} (ids held here that
     * the query must see whatever their vectors, e.g. the resumes holding one of a job's skills; unknown ids are
     * skipped), each candidate once.
     */
    public List<MatchResult> top(
            final float[] query,
            final int n,
            final Comparator<MatchResult> order,
            final Function<P, MatchResult> score,
            final Collection<String> alsoScore) {
        if (alsoScore.isEmpty()) {
            return top(query, n, order, score);
        }
        Settings.requirePositive("n", n);
        final Ranking ranking = new Ranking(n, order);
        final Set<String> seen = new HashSet<>();
        final List<String> candidates = query == null
                ? new ArrayList<>(byId.keySet())
                : new ArrayList<>(preselect(query, settings.candidates(n)));
        withoutEmbedding.keySet().forEach(candidates::add);
        candidates.addAll(alsoScore);
        for (final String id : candidates) {
            final P prepared = byId.get(id);
            if (prepared != null && seen.add(id)) {
                ranking.offer(score.apply(prepared));
            }
        }
        return ranking.best();
    }

    /** Ids of the {@code k} best approximate-cosine candidates for {@code query}, best first. */
    public List<String> preselect(final float[] query, final int k) {
        return vectors.candidates(query, k, id -> byId.get(id).embedding());
    }
}
