package io.hirehub.topologies.match.scoring;

/**
 * Hook for an LLM provider (Bedrock Claude, an OpenAI-compatible endpoint …) to rewrite the
 * rule-based Korean explanation into fluent prose. Implementations must keep every number of the
 * draft; {@link MatchExplainer} falls back to the draft when a rewrite fails or is blank.
 */
@FunctionalInterface
public interface ReasoningRewriter {

    /** Keeps the draft as it is. */
    ReasoningRewriter NONE = (draft, breakdown) -> draft;

    /** The rewritten explanation of {@code breakdown}, given the rule-based {@code draft}. */
    String rewrite(String draft, ScoreBreakdown breakdown);
}
