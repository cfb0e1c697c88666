-- job-service: job postings, the skill tag master and the job-skill link.
-- Exactly as in the seed (section 2); schema job_service by default.

-- 채용공고
CREATE TABLE jobs (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    company_id UUID NOT NULL,
    title VARCHAR(200) NOT NULL,
    description TEXT,
    requirements TEXT,
    job_type VARCHAR(50),        -- 'full-time', 'contract', 'intern'
    experience_level VARCHAR(50), -- 'entry', 'junior', 'mid', 'senior'
    experience_min INT,
    experience_max INT,
    salary_min INT,
    salary_max INT,
    location VARCHAR(200),
    remote_type VARCHAR(50),     -- 'onsite', 'remote', 'hybrid'
    status VARCHAR(20) DEFAULT 'draft',  -- 'draft', 'open', 'closed'
    views_count INT DEFAULT 0,
    applies_count INT DEFAULT 0,
    posted_at TIMESTAMP,
    expires_at TIMESTAMP,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

-- 스킬 태그 (마스터)
CREATE TABLE skill_tags (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    name VARCHAR(100) UNIQUE NOT NULL,
    category VARCHAR(50)  -- 'language', 'framework', 'database', 'cloud'
);

-- 채용공고-스킬 연결
CREATE TABLE job_skills (
    job_id UUID REFERENCES jobs(id) ON DELETE CASCADE,
    skill_id UUID REFERENCES skill_tags(id),
    is_required BOOLEAN DEFAULT true,
    PRIMARY KEY (job_id, skill_id)
);

CREATE INDEX idx_jobs_company_id ON jobs(company_id);
CREATE INDEX idx_jobs_status ON jobs(status);
CREATE INDEX idx_jobs_posted_at ON jobs(posted_at DESC);
CREATE INDEX idx_jobs_location ON jobs(location);
CREATE INDEX idx_skill_tags_category ON skill_tags(category);
