-- STAND-IN for a domain registrar's registration data (what an RDAP query would return): the domain's
-- expiry and its real-name registrant, read by the checks through the DomainLookup port. A real
-- registration-data service replaces the table and the bean that reads it.
CREATE TABLE standin_registrar_domain (
    domain      VARCHAR(253) NOT NULL PRIMARY KEY,
    expires_on  DATE,
    registrant  VARCHAR(200)
);
