/**
 * The applications topology's query port: {@link io.hirehub.topologies.apply.query.ApplicationQueries}
 * (an application's state and history, a job's funnel and counters, a user's interviews) over the
 * stores named by {@link io.hirehub.topologies.apply.query.ApplicationStore}. The running application
 * implements it ({@code apps.apply.ApplicationsApp#queries()}); the edge depends on this interface only.
 */
package io.hirehub.topologies.apply.query;
