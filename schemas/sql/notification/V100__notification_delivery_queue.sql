-- notification_outbox as the delivery queue (issue 13): one row per channel delivery of one
-- notification. The seed's columns stay as they are (V1); these are the dispatcher's bookkeeping,
-- so they live at 100+ with the other infrastructure migrations.
--   notification_id   the notification this row delivers (its id is also this row's id)
--   channel           email, push or sms (in-app needs no delivery: it is stored)
--   attempts          deliveries tried so far
--   next_attempt_at   when the dispatcher may try again (backoff after a failure)
--   error_message     the last failure, kept when the row ends 'failed'
ALTER TABLE notification_outbox
    ADD COLUMN notification_id UUID,
    ADD COLUMN channel VARCHAR(20),
    ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN next_attempt_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    ADD COLUMN error_message TEXT;

CREATE INDEX idx_notification_outbox_due ON notification_outbox(next_attempt_at) WHERE status = 'pending';
CREATE INDEX idx_notifications_user_created ON notifications(user_id, created_at DESC);
