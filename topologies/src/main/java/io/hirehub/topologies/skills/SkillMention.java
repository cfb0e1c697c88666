package io.hirehub.topologies.skills;

/** Where a skill was found in a text: characters {@code [start, end)} spell it. */
public record SkillMention(SkillEntry skill, int start, int end) {

    /** Whether the two mentions share a character. */
    boolean overlaps(final SkillMention other) {
        return start < other.end && other.start < end;
    }
}
