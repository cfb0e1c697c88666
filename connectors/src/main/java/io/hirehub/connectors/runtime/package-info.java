/**
 * Consumer plumbing the write-backs share ({@link io.hirehub.connectors.runtime.Rebalances},
 * {@link io.hirehub.connectors.runtime.MarkerCommits}). How a
 * failure is named and whether a retry helps lives in the {@code runtime} module
 * ({@code io.hirehub.runtime.Failures}), shared with the CDC runner and the Streams applications.
 */
package io.hirehub.connectors.runtime;
