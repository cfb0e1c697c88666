package io.hirehub.edge.http;

/**
 * Who may call a route at all, checked before its handler runs. Finer rules (the owner, a member of
 * the job's company) are checked by the handler through {@code io.hirehub.edge.auth.Policy}.
 */
public enum Access {
    /** No token needed (health, metrics, docs, the local issuer's keys). */
    PUBLIC,
    /** A valid token whose subject need not be a HireHub user yet (registering one). */
    TOKEN,
    /** A valid token of a registered, active HireHub user. */
    USER
}
