-- The emergency phone (应急联系电话) of subject and website principals, which orders carry since issue 16:
-- the registry kept the other phones only, so an approved order lost it and change orders started without
-- it. Persons registered before have none (NULL). Same length as principal_mobile: it is a mobile.
ALTER TABLE subject ADD COLUMN principal_emergency_phone VARCHAR(20);
ALTER TABLE website ADD COLUMN principal_emergency_phone VARCHAR(20);
