-- job-service's transactional outbox for Debezium's outbox event router
-- (io.debezium.transforms.outbox.EventRouter). The service inserts one row in the same
-- transaction as its state change; Debezium reads the INSERT from the WAL and routes it.
-- Columns are what the router is configured with (see connectors):
--   table.field.event.id      = id              (also the Kafka header "id" consumers dedupe on)
--   table.field.event.key     = aggregate_id    (the Kafka record key: the aggregate's UUID text,
--                                                composite keys joined with ':')
--   table.field.event.type    = event_type
--   route.by.field            = event_type      (holds the exact target topic name)
--   route.topic.replacement   = the routed-by value itself (no prefix)
--   table.field.event.payload = payload         (already-encoded Confluent wire-format Avro:
--                                                magic 0, 4-byte schema id, Avro binary)
--   aggregate_type            -> additional header ('job')
-- Rows may be deleted right after insert: the router only reads INSERTs.
-- Topics this service emits: 'job.created', 'job.updated'.

CREATE TABLE job_outbox (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    aggregate_type VARCHAR(50) NOT NULL,
    aggregate_id VARCHAR(255) NOT NULL,
    event_type VARCHAR(100) NOT NULL,
    payload BYTEA NOT NULL,
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT ck_job_outbox_event_type CHECK (event_type IN ('job.created', 'job.updated'))
);

COMMENT ON TABLE job_outbox IS 'Transactional outbox routed by Debezium EventRouter: event_type = target topic, aggregate_id = key, payload = Confluent-format Avro';
