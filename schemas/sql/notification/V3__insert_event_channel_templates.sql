-- One template for every other (event, channel) pair the notifications topology sends, beside the
-- seed's three (V2). Rendered with Mustache; every variable a template names must be present when it
-- is rendered, or the notification is recorded as failed with the missing names (never sent blank).
-- Variables by event (what the topology joins in):
--   application.submitted       job_title, company_name, applicant_name, match_score, application_url
--   application.status_changed  job_title, company_name, old_status, new_status, application_url
--   interview.scheduled         job_title, company_name, scheduled_at, location, interview_type, application_url
--   match.recommended           job_title, company_name, match_score, job_url
--   resume.processed            resume_title, resume_status, resume_url
-- ON CONFLICT keeps this safe where an operator pre-loaded templates of the same name.

INSERT INTO notification_templates (name, event_type, channel, subject_template, body_template) VALUES
('application_submitted_push', 'application.submitted', 'push',
 '새로운 지원자: {{job_title}}',
 '{{applicant_name}}님이 {{job_title}} 포지션에 지원했습니다. (매칭 점수 {{match_score}}점)'),
('application_submitted_sms', 'application.submitted', 'sms',
 NULL,
 '[HireHub] {{applicant_name}}님이 {{job_title}}에 지원했습니다. {{application_url}}'),
('application_submitted_in_app', 'application.submitted', 'in_app',
 '새로운 지원자가 있습니다: {{job_title}}',
 '{{applicant_name}}님이 {{job_title}} 포지션에 지원했습니다. 매칭 점수: {{match_score}}점'),

('status_changed_email', 'application.status_changed', 'email',
 '지원 상태가 변경되었습니다: {{company_name}}',
 E'{{company_name}}의 {{job_title}} 지원 상태가 "{{new_status}}"로 변경되었습니다.\n\n지원서 보기: {{application_url}}'),
('status_changed_sms', 'application.status_changed', 'sms',
 NULL,
 '[HireHub] {{company_name}} {{job_title}} 지원 상태: {{new_status}}'),
('status_changed_in_app', 'application.status_changed', 'in_app',
 '지원 상태가 변경되었습니다',
 '{{company_name}}의 {{job_title}} 지원 상태가 "{{new_status}}"로 변경되었습니다.'),

('interview_scheduled_push', 'interview.scheduled', 'push',
 '면접 일정이 확정되었습니다',
 '{{company_name}} {{job_title}} 면접: {{scheduled_at}}, {{location}}'),
('interview_scheduled_sms', 'interview.scheduled', 'sms',
 NULL,
 '[HireHub] {{company_name}} 면접 {{scheduled_at}} {{location}}'),
('interview_scheduled_in_app', 'interview.scheduled', 'in_app',
 '면접 일정이 확정되었습니다: {{company_name}}',
 '{{company_name}}의 {{job_title}} 포지션 면접이 {{scheduled_at}}에 {{location}}에서 예정되었습니다.'),

('match_recommended_email', 'match.recommended', 'email',
 '추천 채용공고: {{job_title}}',
 E'{{company_name}}의 {{job_title}} 포지션이 회원님과 {{match_score}}점 매칭됩니다.\n\n공고 보기: {{job_url}}'),
('match_recommended_push', 'match.recommended', 'push',
 '새 추천 공고가 있습니다',
 '{{company_name}} {{job_title}} (매칭 점수 {{match_score}}점)'),
('match_recommended_sms', 'match.recommended', 'sms',
 NULL,
 '[HireHub] 추천 공고: {{company_name}} {{job_title}} {{job_url}}'),
('match_recommended_in_app', 'match.recommended', 'in_app',
 '추천 채용공고: {{job_title}}',
 '{{company_name}}의 {{job_title}} 포지션을 추천합니다. 매칭 점수: {{match_score}}점'),

('resume_processed_email', 'resume.processed', 'email',
 '이력서 분석 결과: {{resume_title}}',
 E'이력서 "{{resume_title}}"의 분석 상태: {{resume_status}}\n\n확인하기: {{resume_url}}'),
('resume_processed_push', 'resume.processed', 'push',
 '이력서 분석이 끝났습니다',
 '이력서 "{{resume_title}}": {{resume_status}}'),
('resume_processed_sms', 'resume.processed', 'sms',
 NULL,
 '[HireHub] 이력서 "{{resume_title}}" 분석: {{resume_status}}'),
('resume_processed_in_app', 'resume.processed', 'in_app',
 '이력서 분석이 끝났습니다',
 '이력서 "{{resume_title}}"의 분석 상태: {{resume_status}}')
ON CONFLICT (name) DO NOTHING;
