package io.hirehub.edge.jobs;

/** A skill of a new job: its exact name in the skill master, and a category for a new tag. */
public record SkillRequest(String name, String category) {}
