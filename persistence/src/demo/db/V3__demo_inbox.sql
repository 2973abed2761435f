-- Demo inbox messages, so the header's unread count and the inbox page have something to show.
INSERT INTO inbox_message (id, version, account_id, event_id, title, body, created_at, read_at)
VALUES (1, 1, 1, 'demo-inbox-welcome-applicant', '欢迎使用网站备案系统',
        '张伟，您好：' || CHR(10) || CHR(10) || '备案办理的每一步（提交、初审、拍照、管局审核）都会通过短信、邮件和站内消息通知您。提交前系统会逐项检查备案信息，并指出需要修改的字段。' || CHR(10) || CHR(10) || '网站备案系统',
        CURRENT_TIMESTAMP, NULL);
INSERT INTO inbox_message (id, version, account_id, event_id, title, body, created_at, read_at)
VALUES (2, 1, 2, 'demo-inbox-welcome-applicant-en', 'Welcome to the ICP filing desk',
        'Dear Li Na,' || CHR(10) || CHR(10) || 'every step of your filing (submission, initial review, photo, bureau review) reaches you by SMS, e-mail and here. Before you submit, the desk checks every field and names the ones to fix.' || CHR(10) || CHR(10) || 'Beian ICP Filing Desk',
        CURRENT_TIMESTAMP, NULL);
INSERT INTO inbox_message (id, version, account_id, event_id, title, body, created_at, read_at)
VALUES (3, 1, 3, 'demo-inbox-welcome-reviewer', '审核超时会通知您',
        '审核员，您好：' || CHR(10) || CHR(10) || '初审或照片复审超过时限（1个工作日）的订单，系统会通过站内消息、邮件和短信督办。' || CHR(10) || CHR(10) || '网站备案系统',
        CURRENT_TIMESTAMP, NULL);
