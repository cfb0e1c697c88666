/**
 * The system-of-record writers: companies, jobs (with skill tags), jobseekers and resumes, each
 * state change and its outbox event in one PostgreSQL transaction ({@link
 * io.hirehub.edge.write.Transactions}, {@code io.hirehub.schemas.outbox.Outbox} with the typed
 * {@code io.hirehub.schemas.topics.EventTopic}s). Input is validated first ({@link
 * io.hirehub.edge.write.Fields}: seed values by their exact SQL text through
 * {@code io.hirehub.schemas.values.SeedValues}); errors are the {@link io.hirehub.edge.write.WriteException}
 * subclasses the HTTP edge maps once to problem+json.
 */
package io.hirehub.edge.write;
