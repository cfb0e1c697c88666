package io.hirehub.topologies.match.scoring;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Produces {@code ai_reasoning}: the rule-based Korean draft, optionally rewritten by an LLM. */
public final class MatchExplainer {

    private static final Logger LOG = LoggerFactory.getLogger(MatchExplainer.class);

    private final ReasoningRewriter rewriter;

    public MatchExplainer(final ReasoningRewriter rewriter) {
        this.rewriter = rewriter;
    }

    /** The explanation of one scored pair; never fails because the rewriter did. */
    public String explain(final MatchResult result) {
        final String draft = KoreanReasoning.explain(result.breakdown());
        try {
            final String rewritten = rewriter.rewrite(draft, result.breakdown());
            if (rewritten == null || rewritten.isBlank()) {
                LOG.warn("Reasoning rewriter returned nothing for pair {}; keeping the draft", result.pair());
                return draft;
            }
            return rewritten;
        } catch (RuntimeException e) {
            // ids only: the draft itself is not logged (it may carry profile details).
            LOG.warn("Reasoning rewriter failed for pair {}: {}; keeping the draft", result.pair(), e.toString());
            return draft;
        }
    }
}
