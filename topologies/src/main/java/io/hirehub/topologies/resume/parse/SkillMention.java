package io.hirehub.topologies.resume.parse;

/** Where a skill synonym was found in a text: {@code [start, end)}. */
public record SkillMention(SkillEntry skill, int start, int end) {}
