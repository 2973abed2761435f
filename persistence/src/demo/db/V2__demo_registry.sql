-- Demo data for the national-registry stand-in (filings made through other providers), the demo
-- applicant's cloud resources and a few verification points. Filing password of both demo subjects:
-- Filing@2026. Certificate numbers are synthetic but pass their check characters.
INSERT INTO national_subject (id, version, icp_number, province_code, nature, certificate_type, certificate_number, name,
                              principal_name, filing_password_hash, status)
VALUES (1, 1, '粤ICP备20230001号', '440000', 'ENTERPRISE', 'BUSINESS_LICENCE', '91440300MA5F3K2Q6E', '深圳市示例科技有限公司',
        '陈晓明', 'PBKDF2WithHmacSHA256:210000:npoLPKG8YDkqZOmIq8aM4A==:gs3SqOIA5PawdJZGj0Q6IKA7DxQ+LhGLHqQqOXpokRo=', 'NORMAL');
INSERT INTO national_subject (id, version, icp_number, province_code, nature, certificate_type, certificate_number, name,
                              principal_name, filing_password_hash, status)
VALUES (2, 1, '京ICP备20230002号', '110000', 'INDIVIDUAL', 'RESIDENT_ID', '110108199003071238', '周立',
        '周立', 'PBKDF2WithHmacSHA256:210000:kCGNOeDTjBgIqfV1h9oWPA==:lx/RbLk+B25uAQ2kndmNeopCfwlCPPwWx3JKj+12uKQ=', 'NORMAL');

INSERT INTO national_website (id, version, national_subject_id, icp_number, name, access_providers, status)
VALUES (1, 1, 1, '粤ICP备20230001号-1', '示例科技官方网站', '其他云服务商（示例）', 'NORMAL');
INSERT INTO national_website (id, version, national_subject_id, icp_number, name, access_providers, status)
VALUES (2, 1, 2, '京ICP备20230002号-1', '周立的读书笔记', '其他云服务商（示例）', 'NORMAL');

INSERT INTO national_website_domain (national_website_id, position, domain) VALUES (1, 0, 'example-tech.cn');
INSERT INTO national_website_domain (national_website_id, position, domain) VALUES (1, 1, 'example-tech.com');
INSERT INTO national_website_domain (national_website_id, position, domain) VALUES (2, 0, 'zhouli-notes.com');

-- The demo applicant's resources: an eligible server, a postpaid one (not eligible), web hosting.
INSERT INTO cloud_resource (id, version, account_id, kind, instance_id, public_ip, region_name, mainland, billing_mode,
                            purchased_months, expires_at, bandwidth_mbps)
VALUES (1, 1, 1, 'SERVER', 'ins-demo0001', '203.0.113.10', '华南地区（广州）', TRUE, 'PREPAID', 12,
        CURRENT_TIMESTAMP + INTERVAL '11' MONTH, 5);
INSERT INTO cloud_resource (id, version, account_id, kind, instance_id, public_ip, region_name, mainland, billing_mode,
                            purchased_months, expires_at, bandwidth_mbps)
VALUES (2, 1, 1, 'SERVER', 'ins-demo0002', '203.0.113.11', '华北地区（北京）', TRUE, 'POSTPAID', 1,
        CURRENT_TIMESTAMP + INTERVAL '20' DAY, 1);
INSERT INTO cloud_resource (id, version, account_id, kind, instance_id, public_ip, region_name, mainland, billing_mode,
                            purchased_months, expires_at, bandwidth_mbps)
VALUES (3, 1, 2, 'WEB_HOSTING', 'host-demo0003', NULL, '华东地区（上海）', TRUE, 'PREPAID', 12,
        CURRENT_TIMESTAMP + INTERVAL '6' MONTH, 2);

INSERT INTO verification_point (id, version, province_code, name, address, opening_hours, phone, latitude, longitude)
VALUES (1, 1, '440000', '深圳南山核验点', '广东省深圳市南山区科技园科苑路8号讯美科技广场1号楼1层', '工作日 9:00-12:00, 14:00-18:00', '0755-86013388', 22.540503, 113.934528);
INSERT INTO verification_point (id, version, province_code, name, address, opening_hours, phone, latitude, longitude)
VALUES (2, 1, '110000', '北京海淀核验点', '北京市海淀区知春路49号希格玛大厦1层', '工作日 9:30-17:30', '010-62671188', 39.976470, 116.339935);
