-- match-service: match results and feedback on them.
-- Exactly as in the seed (section 5); schema match_service by default.

-- 매칭 결과
CREATE TABLE matches (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id UUID NOT NULL,
    resume_id UUID NOT NULL,
    user_id UUID NOT NULL,
    overall_score DECIMAL(5,2),      -- 종합 (0-100)
    skill_score DECIMAL(5,2),        -- 스킬 매칭
    experience_score DECIMAL(5,2),   -- 경력 매칭
    culture_score DECIMAL(5,2),      -- 문화 적합도
    score_breakdown JSONB,           -- 상세 breakdown
    ai_reasoning TEXT,               -- AI 분석 이유
    is_recommended BOOLEAN DEFAULT false,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(job_id, resume_id)
);

-- 매칭 피드백 (모델 학습용)
CREATE TABLE match_feedback (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    match_id UUID REFERENCES matches(id) ON DELETE CASCADE,
    feedback_type VARCHAR(20),  -- 'helpful', 'not_helpful', 'hired', 'rejected'
    feedback_by UUID,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_matches_job_id ON matches(job_id);
CREATE INDEX idx_matches_user_id ON matches(user_id);
CREATE INDEX idx_matches_overall_score ON matches(overall_score DESC);
CREATE INDEX idx_matches_is_recommended ON matches(is_recommended) WHERE is_recommended = true;
