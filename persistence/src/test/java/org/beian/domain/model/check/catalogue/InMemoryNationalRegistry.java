package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.national.NationalRegistry;

/** A national registry held in maps, for tests. */
final class InMemoryNationalRegistry implements NationalRegistry {

    private final Map<String, WebsiteRecord> websitesByDomain = new HashMap<>();
    private final Map<String, SubjectRecord> subjectsByCertificate = new HashMap<>();
    private final Map<String, List<WebsiteRecord>> websitesBySubject = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();

    static String certificateKey(String type, String number) {
        return Text.fold(type) + ":" + Text.compactUpper(number);
    }

    InMemoryNationalRegistry subject(SubjectRecord subject) {
        subjectsByCertificate.put(certificateKey(subject.certificateType(), subject.certificateNumber()), subject);
        return this;
    }

    InMemoryNationalRegistry website(WebsiteRecord website) {
        website.domains().forEach(domain -> websitesByDomain.put(domain, website));
        if (website.subject() != null) {
            websitesBySubject.computeIfAbsent(website.subject().icpNumber(), icp -> new ArrayList<>()).add(website);
        }
        return this;
    }

    InMemoryNationalRegistry password(String subjectIcpNumber, String password) {
        passwords.put(subjectIcpNumber, password);
        return this;
    }

    @Override
    public Optional<WebsiteRecord> findByDomain(String domain) {
        return Optional.ofNullable(websitesByDomain.get(domain));
    }

    @Override
    public Optional<SubjectRecord> findSubject(String certificateType, String certificateNumber) {
        return Optional.ofNullable(subjectsByCertificate.get(certificateKey(certificateType, certificateNumber)));
    }

    @Override
    public List<WebsiteRecord> listWebsitesOf(String subjectIcpNumber) {
        return List.copyOf(websitesBySubject.getOrDefault(subjectIcpNumber, List.of()));
    }

    @Override
    public boolean verifyFilingPassword(String subjectIcpNumber, String password) {
        return password != null && password.equals(passwords.get(subjectIcpNumber));
    }
}
