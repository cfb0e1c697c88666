/**
 * The seed's workflow 3 at the edge: applications ({@link io.hirehub.edge.applications.ApplicationRoutes}).
 * Writes are apply-service transactions of state row, event-log entry and outbox event
 * ({@link io.hirehub.edge.applications.ApplicationWriter}), each move checked with the one workflow
 * ({@code topologies.apply.workflow}) on the locked row before anything is written; job views are
 * job-service outbox events ({@link io.hirehub.edge.applications.JobViewWriter}). History, funnels,
 * view counts and interviews are read from the applications topology's stores through its query port
 * at the key's owner.
 */
package io.hirehub.edge.applications;
