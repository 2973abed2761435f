-- Demo accounts for the one-command run and the tests; never part of the EAR. All passwords: Demo@2026
-- Ids below 900 are reserved for scripts (see V1__accounts.sql).
INSERT INTO account (id, version, username, password_hash, display_name, email, mobile, language_tag, enabled, created_at)
VALUES (1, 1, 'applicant', 'PBKDF2WithHmacSHA256:210000:HN0ewN+c1c1iNo6o1G8CcA==:Z4lYXULjhKddw4sWPIlF1V598/1vbwG4/ML/ayjTBmg=', '张伟', 'applicant@beian.example', '13800138000', 'zh-CN', TRUE, CURRENT_TIMESTAMP);
INSERT INTO account (id, version, username, password_hash, display_name, email, mobile, language_tag, enabled, created_at)
VALUES (2, 1, 'applicant.en', 'PBKDF2WithHmacSHA256:210000:FQ104jI+6Z5eHHqtqtAzDA==:R2qmejnNZkV5Bcdt8IgEOgQ3jPv0CzLLr6WuQM0iSWg=', 'Li Na', 'applicant.en@beian.example', '13900139000', 'en', TRUE, CURRENT_TIMESTAMP);
INSERT INTO account (id, version, username, password_hash, display_name, email, mobile, language_tag, enabled, created_at)
VALUES (3, 1, 'reviewer', 'PBKDF2WithHmacSHA256:210000:+krITmkgVnAy4HKHYwZ40A==:T6ZsSluhNJ6fmTdl+xu7SWtfdYubWp5lfKwzNjsnf6w=', '王芳', 'reviewer@beian.example', NULL, 'zh-CN', TRUE, CURRENT_TIMESTAMP);
INSERT INTO account (id, version, username, password_hash, display_name, email, mobile, language_tag, enabled, created_at)
VALUES (4, 1, 'admin', 'PBKDF2WithHmacSHA256:210000:tm0SL6oiehQvnP64yN9gkw==:jl7lDR7/FzB1Pi1KyT9VWgQAtZhRe1xbsPPX8rMQ76M=', '系统管理员', 'admin@beian.example', NULL, 'zh-CN', TRUE, CURRENT_TIMESTAMP);

INSERT INTO account_role (account_id, role) VALUES (1, 'APPLICANT');
INSERT INTO account_role (account_id, role) VALUES (2, 'APPLICANT');
INSERT INTO account_role (account_id, role) VALUES (3, 'REVIEWER');
INSERT INTO account_role (account_id, role) VALUES (4, 'ADMIN');
