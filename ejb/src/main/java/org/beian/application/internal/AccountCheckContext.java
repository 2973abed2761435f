package org.beian.application.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.beian.domain.model.check.catalogue.CheckContext;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.national.NationalRegistry;
import org.beian.domain.model.registry.RegistryRepository;
import org.beian.domain.model.registry.Subject;
import org.beian.domain.model.registry.SubjectStatus;
import org.beian.domain.model.registry.Website;
import org.beian.domain.model.registry.WebsiteStatus;
import org.beian.domain.model.resource.CloudResource;
import org.beian.domain.model.resource.ResourceRepository;

/** What the checks need to know about one account and one order, answered from the database. */
final class AccountCheckContext implements CheckContext {

    /** Orders that count as "in progress": submitted and not yet finished (drafts do not count). */
    static final Set<OrderState> IN_PROGRESS = EnumSet.of(OrderState.SUBMITTED, OrderState.INITIAL_REJECTED,
            OrderState.AWAITING_PHOTO, OrderState.PHOTO_SUBMITTED, OrderState.PHOTO_REJECTED, OrderState.AWAITING_BUREAU,
            OrderState.AT_BUREAU, OrderState.BUREAU_REJECTED);

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    private final EntityManager em;
    private final RegistryRepository registry;
    private final ResourceRepository resources;
    private final NationalRegistry nationalRegistry;
    private final long accountId;
    private final long orderId;
    private final Set<String> attachedPurposes;

    AccountCheckContext(EntityManager em, RegistryRepository registry, ResourceRepository resources,
                        NationalRegistry nationalRegistry, long accountId, Long orderId, Set<String> attachedPurposes) {
        this.em = em;
        this.registry = registry;
        this.resources = resources;
        this.nationalRegistry = nationalRegistry;
        this.accountId = accountId;
        this.orderId = orderId == null ? -1 : orderId;
        this.attachedPurposes = Set.copyOf(attachedPurposes);
    }

    @Override
    public Optional<String> findOtherOrderInProgress() {
        return em.createQuery("SELECT o.orderNumber FROM FilingOrder o WHERE o.accountId = :account AND o.state IN :states "
                        + "AND o.id <> :self ORDER BY o.createdAt", String.class)
                .setParameter("account", accountId).setParameter("states", IN_PROGRESS).setParameter("self", orderId)
                .setMaxResults(1).getResultStream().findFirst();
    }

    @Override
    public Optional<FiledSubject> findSubjectFiledHere(String certificateType, String certificateNumber) {
        return registry.findSubjectByCertificate(certificateType, fold(certificateNumber))
                .filter(s -> s.getStatus() != SubjectStatus.CANCELLED)
                .map(s -> new FiledSubject(s.getIcpNumber(), s.getProvinceCode(), s.getNature(), s.getName(), s.getAccountId() == accountId));
    }

    @Override
    public Optional<FiledWebsite> findWebsiteFiledHereByDomain(String domain) {
        return registry.listWebsitesByDomain(domain).stream().findFirst().map(this::filed);
    }

    @Override
    public Optional<FiledWebsite> findWebsiteFiledHere(String websiteIcpNumber) {
        return registry.findWebsiteByIcpNumber(websiteIcpNumber).filter(w -> w.getStatus() != WebsiteStatus.CANCELLED).map(this::filed);
    }

    @Override
    public Optional<MobileHolder> findSubjectUsingMobile(String mobile) {
        Optional<Subject> subject = em.createQuery("SELECT s FROM Subject s WHERE s.principal.mobile = :mobile "
                        + "AND s.status <> org.beian.domain.model.registry.SubjectStatus.CANCELLED", Subject.class)
                .setParameter("mobile", mobile).setMaxResults(1).getResultStream().findFirst();
        if (subject.isEmpty()) {
            subject = em.createQuery("SELECT w.subject FROM Website w WHERE w.principal.mobile = :mobile "
                            + "AND w.status <> org.beian.domain.model.registry.WebsiteStatus.CANCELLED", Subject.class)
                    .setParameter("mobile", mobile).setMaxResults(1).getResultStream().findFirst();
        }
        return subject.map(s -> new MobileHolder(s.getCertificateType(), s.getCertificateNumber(), s.getName()));
    }

    @Override
    public Optional<CloudResourceInfo> findCloudResource(String reference) {
        return resources.findResourceByInstance(reference).filter(r -> r.getAccountId() == accountId).map(r -> {
            long hosted = em.createQuery("SELECT COUNT(w) FROM Website w JOIN w.cloudServices c WHERE c.reference = :ref "
                            + "AND w.status <> org.beian.domain.model.registry.WebsiteStatus.CANCELLED", Long.class)
                    .setParameter("ref", reference).getSingleResult();
            return new CloudResourceInfo(r.getInstanceId(), ResourceKind.valueOf(r.getKind().name()), r.isMainland(),
                    BillingMode.valueOf(r.getBillingMode().name()), r.getPurchasedMonths(), day(r), r.getPublicIp(), (int) hosted);
        });
    }

    @Override
    public Optional<AuthorisationCodeInfo> findAuthorisationCode(String code) {
        return resources.findAuthorisationCode(code).map(a -> new AuthorisationCodeInfo(a.getCode(),
                a.getExpiresAt().atZone(BEIJING).toLocalDate(), a.isRevoked(), a.getIssuerAccountId() == accountId,
                a.getHolderAccountId() != null && a.getHolderAccountId() != accountId));
    }

    @Override
    public Set<String> attachedDocumentPurposes() {
        return attachedPurposes;
    }

    @Override
    public NationalRegistry nationalRegistry() {
        return nationalRegistry;
    }

    private FiledWebsite filed(Website w) {
        return new FiledWebsite(w.getIcpNumber(), w.getSubject().getIcpNumber(), w.getSubject().getName(),
                w.getSubject().getAccountId() == accountId);
    }

    private static LocalDate day(CloudResource resource) {
        return resource.getExpiresAt().atZone(BEIJING).toLocalDate();
    }

    private static String fold(String certificateNumber) {
        return certificateNumber == null ? null : certificateNumber.replace(" ", "").toUpperCase(Locale.ROOT);
    }
}
