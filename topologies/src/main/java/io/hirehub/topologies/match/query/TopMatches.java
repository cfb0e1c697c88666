package io.hirehub.topologies.match.query;

import io.hirehub.topologies.match.topology.Values;
import io.hirehub.topologies.query.Page;
import java.util.Objects;

/**
 * A page of a job's top matches (the seed's {@code match:job:{job_id}:top}).
 *
 * @param page     best first
 * @param complete whether every resume shard has scored the job: until then better matches may still arrive
 * @param position the job's source position (WAL LSN) every shard has scored; 0 when unknown
 * @param top      the whole stored top the page is cut from. The store decodes each stored version once
 *                 and hands every reader that same immutable instance ({@code JsonSerdes.remembering}),
 *                 so a caller may key what it derives from a version (an encoded answer) by its identity:
 *                 a changed top is always another instance.
 */
public record TopMatches(Page<Values.RankedMatch> page, boolean complete, long position, Values.JobTop top) {

    public TopMatches {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(top, "top");
    }

    /** Items {@code offset} to {@code offset + limit - 1} of a job's top. */
    public static TopMatches of(final Values.JobTop top, final int offset, final int limit) {
        return new TopMatches(Page.of(top.matches(), offset, limit), top.complete(), top.position(), top);
    }

    /**
     * Whether this answer reflects every write to the job at or before {@code position} (a write's
     * {@code HireHub-Position}): every shard has scored a version of the job at least that new.
     */
    public boolean reflects(final long position) {
        return complete && this.position >= position;
    }
}
