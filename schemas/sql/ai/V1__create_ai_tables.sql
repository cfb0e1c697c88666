-- ai-service: the AI task log and job posting embeddings.
-- Exactly as in the seed (section 6); schema ai_service by default.
-- job_embeddings.embedding is created as real[]; the Java migration V2
-- (EmbeddingColumnMigration) turns it into vector(1536) with the seed's ivfflat index
-- where pgvector is available, and logs which branch it took.

-- AI 작업 로그
CREATE TABLE ai_tasks (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    task_type VARCHAR(50) NOT NULL,  -- 'pii_masking', 'parsing', 'embedding', 'matching', 'summary'
    source_type VARCHAR(50),         -- 'resume', 'job'
    source_id UUID,
    status VARCHAR(20) DEFAULT 'pending',  -- 'pending', 'processing', 'completed', 'failed'
    input_data JSONB,
    output_data JSONB,
    error_message TEXT,
    model_used VARCHAR(100),         -- 'qwen3-8b', 'claude-3-sonnet'
    tokens_used INT,
    processing_time_ms INT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    completed_at TIMESTAMP
);

-- 채용공고 벡터 임베딩
CREATE TABLE job_embeddings (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id UUID NOT NULL,
    chunk_index INT,
    chunk_text TEXT,
    embedding REAL[],  -- vector(1536) when pgvector exists (see V2)
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_ai_tasks_source ON ai_tasks(source_type, source_id);
CREATE INDEX idx_ai_tasks_status ON ai_tasks(status);
CREATE INDEX idx_ai_tasks_created_at ON ai_tasks(created_at DESC);
-- idx_job_embeddings_vector (ivfflat): created by V2 only where pgvector exists.
