/**
 * What every long-running part of a HireHub process shares, below every other module of ours:
 * {@link io.hirehub.runtime.Failures} (a failure in one line; whether a retry can help), the parts'
 * health ({@code …runtime.health}: state, failures, restarts, fed to {@code hirehub status}) and where
 * the infrastructure answers ({@code …runtime.endpoints}).
 */
package io.hirehub.runtime;
