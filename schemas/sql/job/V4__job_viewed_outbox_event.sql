-- job-service's outbox also carries 'job.viewed' (POST /v1/jobs/{id}/views): the seed keeps
-- jobs.views_count but names no event for it. The applications topology counts the events and
-- writes views_count back; a view writes nothing else.
ALTER TABLE job_outbox DROP CONSTRAINT ck_job_outbox_event_type;
ALTER TABLE job_outbox ADD CONSTRAINT ck_job_outbox_event_type
    CHECK (event_type IN ('job.created', 'job.updated', 'job.viewed'));
