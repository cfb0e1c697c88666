/**
 * The applications topology ({@link io.hirehub.topologies.apply.topology.ApplicationsTopology}): the
 * event log of each application rebuilt into its state and history, checked with the workflow
 * (impossible sequences to the dead-letter topic); per-job funnel counts, applies_count and
 * views_count; interviews by application and by user; match scores filled in for applications
 * submitted before their pair was scored; guards over the {@code applications} and
 * {@code application_events} changelogs that dead-letter a row written outside the workflow, by
 * whoever wrote it. Stores are read through {@code topologies.apply.query}.
 */
package io.hirehub.topologies.apply.topology;
