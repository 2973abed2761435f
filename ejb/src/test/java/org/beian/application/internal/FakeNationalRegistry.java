package org.beian.application.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beian.domain.model.national.NationalRegistry;

/** The ministry's registry as far as a test filed websites in it through other providers. */
final class FakeNationalRegistry implements NationalRegistry {

    private final Map<String, WebsiteRecord> byDomain = new LinkedHashMap<>();

    void filedElsewhere(WebsiteRecord website) {
        website.domains().forEach(domain -> byDomain.put(domain, website));
    }

    @Override
    public Optional<WebsiteRecord> findByDomain(String domain) {
        return Optional.ofNullable(byDomain.get(domain));
    }

    @Override
    public Optional<SubjectRecord> findSubject(String certificateType, String certificateNumber) {
        throw unused();
    }

    @Override
    public List<WebsiteRecord> listWebsitesOf(String subjectIcpNumber) {
        throw unused();
    }

    @Override
    public boolean verifyFilingPassword(String subjectIcpNumber, String password) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the code under test");
    }
}
