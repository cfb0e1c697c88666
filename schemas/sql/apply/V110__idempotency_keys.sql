-- The HTTP edge's Idempotency-Key records for this service's writes (not in the seed: edge
-- infrastructure, hence a version from 100 up). A POST that carries an Idempotency-Key claims its
-- row in the same transaction as the write, so a retried request finds the first one's answer and
-- creates nothing twice; the same key with another request body is refused. Rows expire
-- (expires_at) and the edge deletes them after that. CDC does not capture this table.

CREATE TABLE idempotency_keys (
    caller VARCHAR(255) NOT NULL,            -- the token subject (users.cognito_sub) that sent the key
    idempotency_key VARCHAR(255) NOT NULL,
    request_hash CHAR(64) NOT NULL,          -- SHA-256 (hex) of method, route and body
    status_code INT NOT NULL,                -- 0 while the first request runs
    response_body BYTEA,
    response_headers JSONB NOT NULL DEFAULT '{}',
    created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
    expires_at TIMESTAMP NOT NULL,
    PRIMARY KEY (caller, idempotency_key)
);

CREATE INDEX idx_idempotency_keys_expires_at ON idempotency_keys(expires_at);
