-- STAND-IN registrar: which registrar (域名注册服务商) holds each registration, and the region it sits in,
-- as the public-security filing asks for them (域名注册服务商名称 / 所属区域). An RDAP answer names the
-- registrar in its "registrar" entity; the region is what the public-security platform's list offers.
-- Rows without them (NULL) are domains whose registrar the stand-in does not know.
ALTER TABLE standin_registrar_domain ADD COLUMN registrar_name VARCHAR(200);
ALTER TABLE standin_registrar_domain ADD COLUMN registrar_region VARCHAR(200);
