package org.beian.application.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.SubjectSummary;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteAwaitingPublicSecurity;
import org.beian.domain.model.registry.WebsiteStatus;

/** The registry in lists, with ids given on {@code add} as the sequences would and the named queries' order. */
final class InMemoryRegistry implements RegistryRepository {

    private final List<Subject> subjects = new ArrayList<>();
    private final List<Website> websites = new ArrayList<>();
    private long nextId = 1000;

    @Override
    public Subject add(Subject subject) {
        Wiring.setField(subject, "id", nextId++);
        subjects.add(subject);
        return subject;
    }

    @Override
    public Website add(Website website) {
        Wiring.setField(website, "id", nextId++);
        websites.add(website);
        return website;
    }

    @Override
    public Optional<Subject> findSubjectByIcpNumber(String icpNumber) {
        return subjects.stream().filter(s -> s.getIcpNumber().equals(icpNumber)).findFirst();
    }

    @Override
    public Optional<Subject> findSubject(long id) {
        return subjects.stream().filter(s -> s.getId() == id).findFirst();
    }

    @Override
    public Optional<Website> findWebsiteByIcpNumber(String icpNumber) {
        return websites.stream().filter(w -> w.getIcpNumber().equals(icpNumber)).findFirst();
    }

    @Override
    public List<Website> listWebsitesByDomain(String domain) {
        return websites.stream().filter(w -> w.getStatus() != WebsiteStatus.CANCELLED && w.getDomains().contains(domain)).toList();
    }

    /** As {@code Website.listBySubject}: ordered by ICP number. */
    @Override
    public List<Website> listWebsitesOfSubject(long subjectId) {
        return websites.stream().filter(w -> w.getSubject().getId() == subjectId)
                .sorted(Comparator.comparing(Website::getIcpNumber)).toList();
    }

    List<Subject> subjects() {
        return List.copyOf(subjects);
    }

    List<Website> websites() {
        return List.copyOf(websites);
    }

    Website website(String icpNumber) {
        return findWebsiteByIcpNumber(icpNumber).orElseThrow(() -> new AssertionError("no website " + icpNumber));
    }

    Subject subject(String icpNumber) {
        return findSubjectByIcpNumber(icpNumber).orElseThrow(() -> new AssertionError("no subject " + icpNumber));
    }

    @Override
    public Optional<Subject> findSubjectByCertificate(String certificateType, String certificateNumber) {
        throw unused();
    }

    @Override
    public Optional<Subject> findSubjectUsingMobile(String mobile) {
        throw unused();
    }

    @Override
    public long countWebsitesOnCloudService(String reference) {
        throw unused();
    }

    @Override
    public List<WebsiteAwaitingPublicSecurity> listAwaitingPublicSecurity(Instant from, Instant to, int max) {
        throw unused();
    }

    @Override
    public List<SubjectSummary> summariesOfAccount(long accountId) {
        throw unused();
    }

    private static UnsupportedOperationException unused() {
        return new UnsupportedOperationException("not used by the code under test");
    }
}
