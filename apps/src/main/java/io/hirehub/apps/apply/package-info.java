/**
 * The applications application ({@link io.hirehub.apps.apply.ApplicationsApp}): the applications
 * topology in the shared Streams application shape, its write-backs of job counters and late match
 * scores, and the {@code ApplicationQueries} port over its stores.
 */
package io.hirehub.apps.apply;
