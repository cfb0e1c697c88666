-- apply-service: applications, their event log (event sourcing) and interviews.
-- Exactly as in the seed (section 4); schema apply_service by default.

-- 지원 내역
CREATE TABLE applications (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    job_id UUID NOT NULL,
    user_id UUID NOT NULL,
    resume_id UUID NOT NULL,
    cover_letter TEXT,
    status VARCHAR(30) DEFAULT 'submitted',
    -- 'submitted', 'reviewing', 'interview_scheduled',
    -- 'interview_completed', 'offered', 'accepted', 'rejected', 'withdrawn'
    match_score DECIMAL(5,2),
    applied_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    UNIQUE(job_id, user_id)  -- 동일 공고 중복 지원 방지
);

-- 상태 변경 이력 (Event Sourcing)
CREATE TABLE application_events (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id UUID REFERENCES applications(id) ON DELETE CASCADE,
    event_type VARCHAR(50) NOT NULL,  -- 'status_changed', 'interview_scheduled', 'feedback_added'
    from_status VARCHAR(30),
    to_status VARCHAR(30),
    actor_id UUID,        -- 변경한 사용자
    actor_type VARCHAR(20), -- 'jobseeker', 'company', 'system'
    payload JSONB,        -- 추가 데이터
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

-- 면접 일정
CREATE TABLE interviews (
    id UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    application_id UUID REFERENCES applications(id) ON DELETE CASCADE,
    interview_type VARCHAR(30),  -- 'phone', 'video', 'onsite', 'assignment'
    scheduled_at TIMESTAMP,
    duration_minutes INT,
    location VARCHAR(500),
    status VARCHAR(20) DEFAULT 'scheduled',  -- 'scheduled', 'completed', 'cancelled'
    feedback TEXT,
    created_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP,
    updated_at TIMESTAMP DEFAULT CURRENT_TIMESTAMP
);

CREATE INDEX idx_applications_job_id ON applications(job_id);
CREATE INDEX idx_applications_user_id ON applications(user_id);
CREATE INDEX idx_applications_status ON applications(status);
CREATE INDEX idx_applications_applied_at ON applications(applied_at DESC);
CREATE INDEX idx_application_events_application_id ON application_events(application_id);
CREATE INDEX idx_application_events_created_at ON application_events(created_at DESC);
CREATE INDEX idx_interviews_application_id ON interviews(application_id);
CREATE INDEX idx_interviews_scheduled_at ON interviews(scheduled_at);
