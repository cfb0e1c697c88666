-- resume-service: resumes and what the AI pipeline extracts from them.
-- Exactly as in the seed (section 3); schema resume_service by default.
--
-- One deliberate difference in *how*, not *what*: the seed's
--   CREATE EXTENSION IF NOT EXISTS vector;  ... embedding vector(1536) ... ivfflat index
-- needs pgvector, which many PostgreSQL installations (and these build machines) lack.
-- The column is created here as real[] and the Java migration V2 (EmbeddingColumnMigration)
-- checks pg_available_extensions at run time: with pgvector it creates the extension,
-- turns the column into vector(1536) and adds the seed's ivfflat index; without it the
-- column stays real[]. Either way it logs which branch it took.

-- 이력서
CREATE TABLE resumes (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id UUID NOT NULL,
    title VARCHAR(200),
    original_file_url VARCHAR(500),   -- S3 경로
    original_file_name VARCHAR(255),
    file_type VARCHAR(50),            -- 'pdf', 'docx'
    masked_content TEXT,              -- PII 제거된 텍스트
    parsed_content JSONB,             -- 구조화된 파싱 결과
    ai_summary TEXT,
    is_primary BOOLEAN DEFAULT false,
    status VARCHAR(20) DEFAULT 'processing',  -- 'processing', 'ready', 'error'
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

-- 이력서 경력사항
CREATE TABLE resume_experiences (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id UUID REFERENCES resumes(id) ON DELETE CASCADE,
    company_name VARCHAR(200),
    position VARCHAR(100),
    start_date DATE,
    end_date DATE,
    is_current BOOLEAN DEFAULT false,
    description TEXT
);

-- 이력서 스킬
CREATE TABLE resume_skills (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id UUID REFERENCES resumes(id) ON DELETE CASCADE,
    skill_name VARCHAR(100),
    proficiency VARCHAR(20),  -- 'beginner', 'intermediate', 'advanced', 'expert'
    years INT
);

-- 이력서 학력
CREATE TABLE resume_educations (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id UUID REFERENCES resumes(id) ON DELETE CASCADE,
    school_name VARCHAR(200),
    degree VARCHAR(100),
    major VARCHAR(100),
    start_date DATE,
    end_date DATE,
    is_current BOOLEAN DEFAULT false
);

-- 이력서 벡터 임베딩 (RAG용)
CREATE TABLE resume_embeddings (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id UUID REFERENCES resumes(id) ON DELETE CASCADE,
    chunk_index INT,
    chunk_text TEXT,
    embedding REAL[],  -- Titan/OpenAI 임베딩; vector(1536) when pgvector exists (see V2)
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

-- PII 마스킹 로그
CREATE TABLE pii_masking_logs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    resume_id UUID REFERENCES resumes(id) ON DELETE CASCADE,
    masked_fields JSONB,  -- {"name": "***", "phone": "***-****-****"}
    processed_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_resumes_user_id ON resumes(user_id);
CREATE INDEX idx_resumes_status ON resumes(status);
CREATE INDEX idx_resume_experiences_resume_id ON resume_experiences(resume_id);
CREATE INDEX idx_resume_skills_resume_id ON resume_skills(resume_id);
CREATE INDEX idx_resume_skills_skill_name ON resume_skills(skill_name);
-- idx_resume_embeddings_vector (ivfflat): created by V2 only where pgvector exists.
