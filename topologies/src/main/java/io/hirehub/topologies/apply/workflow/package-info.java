/**
 * The application status workflow ({@link io.hirehub.topologies.apply.workflow.ApplicationWorkflow}):
 * the seed's status diagram with who may make each move. Pure Java, shared by the edge (refuses a
 * move before writing) and the applications topology (flags an impossible event sequence).
 */
package io.hirehub.topologies.apply.workflow;
