package io.hirehub.schemas.values;

/** How strictly {@link SeedValues#parse} compares a text with a column's values. */
public enum TextMatch {
    /**
     * The exact SQL text (surrounding white space ignored): what the system-of-record writers accept,
     * so {@code HYBRID} is refused where {@code hybrid} is meant.
     */
    EXACT,
    /** Letter case and surrounding white space ignored: for texts read back from our own topics and stores. */
    ANY_CASE
}
