-- The seed's three notification templates (section 7, 알림 템플릿 예시), as data.
-- The seed writes '\n' inside ordinary string literals; in PostgreSQL (standard_conforming_strings
-- on) that would store a backslash and an 'n'. The templates are meant to break lines, so E''
-- literals store real newlines. ON CONFLICT keeps this safe where an operator pre-loaded them.

INSERT INTO notification_templates (name, event_type, channel, subject_template, body_template) VALUES
('application_submitted_email', 'application.submitted', 'email',
 '새로운 지원자가 있습니다: {{job_title}}',
 E'{{applicant_name}}님이 {{job_title}} 포지션에 지원했습니다.\n\n매칭 점수: {{match_score}}점\n\n지원서 확인하기: {{application_url}}'),

('status_changed_push', 'application.status_changed', 'push',
 '지원 상태가 변경되었습니다',
 '{{company_name}}의 {{job_title}} 지원 상태가 "{{new_status}}"로 변경되었습니다.'),

('interview_scheduled_email', 'interview.scheduled', 'email',
 '면접 일정이 확정되었습니다: {{company_name}}',
 E'{{company_name}}의 {{job_title}} 포지션 면접이 예정되었습니다.\n\n일시: {{scheduled_at}}\n장소: {{location}}\n\n자세한 내용은 앱에서 확인해주세요.')
ON CONFLICT (name) DO NOTHING;
