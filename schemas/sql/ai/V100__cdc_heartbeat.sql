-- CDC heartbeat (owned by connectors/, issue 3). Debezium's heartbeat.action.query upserts the one
-- row here every heartbeat interval; the table is in the CDC publication, so the change flows
-- through the replication slot and the runner commits its offset even while every captured table
-- is quiet. That lets PostgreSQL recycle the WAL the slot would otherwise retain.
-- Version 100 so it never collides with the service's own migrations.
CREATE TABLE IF NOT EXISTS cdc_heartbeat (
    id INT PRIMARY KEY,
    beat_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
);

INSERT INTO cdc_heartbeat (id, beat_at) VALUES (1, CURRENT_TIMESTAMP) ON CONFLICT (id) DO NOTHING;
