package org.beian.it.container;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.beian.application.desk.AccountDesk;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.desk.ReviewerDesk;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.NewAccount;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.verification.MobileConfirmation;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.resource.CloudResource;
import org.beian.infrastructure.bureau.simulator.MinistrySmsCheck;
import org.beian.infrastructure.messaging.jms.EventMessages;
import org.beian.infrastructure.messaging.jms.JmsNames;
import org.beian.infrastructure.sms.model.SmsMessage;
import org.beian.application.port.PasswordHashing;
import org.beian.infrastructure.national.model.NationalSubjectEntry;
import org.beian.infrastructure.national.model.NationalWebsiteEntry;

/**
 * What a workflow test needs, made fresh each time: an applicant with an eligible server, a reviewer,
 * an order that passes every check (unique credit code, mobile and domain), JPEG documents, and a way to
 * read the SMS the simulated ministry sent.
 */
@Dependent
public class WorkflowFixture {

    static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final Pattern CODE = Pattern.compile("核验码为(\\d{6})");

    @Inject
    ApplicantDesk applicantDesk;

    @Inject
    ReviewerDesk reviewerDesk;

    @Inject
    AccountDesk accounts;

    @Inject
    MinistrySmsCheck smsChecks;

    @PersistenceContext(unitName = "beian")
    EntityManager em;

    @Resource
    UserTransaction tx;

    @Resource(lookup = "java:app/jms/BeianConnectionFactory")
    ConnectionFactory connectionFactory;

    @Resource(lookup = "java:app/jms/EventsQueue")
    Queue events;

    @Inject
    PasswordHashing passwordHashing;

    record Applicant(Caller caller, long accountId, String serverInstance, String mobile) {}

    Applicant newApplicant() {
        return newApplicant("zh-CN");
    }

    /** An applicant with an e-mail address and a mobile, speaking the given language. */
    Applicant newApplicant(String languageTag) {
        String username = "wf-" + TestData.unique();
        String mobile = mobile();
        AccountView account = accounts.createAccount(new NewAccount(username, "S3cret-pass", "流程测试", username + "@example.com",
                mobile, languageTag, Set.of(Role.APPLICANT)));
        String instance = "ins-" + TestData.unique();
        addServer(account.id(), instance);
        return new Applicant(new Caller(username, Set.of(Role.APPLICANT)), account.id(), instance, mobile);
    }

    void addServer(long accountId, String instance) {
        try {
            tx.begin();
            em.persist(new CloudResource(accountId, CloudResource.Kind.SERVER, instance, "203.0.113.50", "华南地区（广州）", true,
                    CloudResource.BillingMode.PREPAID, 12, Instant.now().plus(300, ChronoUnit.DAYS), 5));
            tx.commit();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot add the test server", e);
        }
    }

    Caller newReviewer() {
        String username = "rv-" + TestData.unique();
        accounts.createAccount(new NewAccount(username, "S3cret-pass", "审核员", null, null, "zh-CN", Set.of(Role.REVIEWER)));
        return new Caller(username, Set.of(Role.REVIEWER));
    }

    Caller newAdmin() {
        String username = "ad-" + TestData.unique();
        accounts.createAccount(new NewAccount(username, "S3cret-pass", "管理员", null, null, "zh-CN", Set.of(Role.ADMIN)));
        return new Caller(username, Set.of(Role.ADMIN));
    }

    /** Where a test enterprise sits: its divisions, the city in its name, its address and office phone. */
    record Place(String province, String prefecture, String county, String city, String address, String officePhone) {

        static final Place SHENZHEN = new Place("440000", "440300", "440305", "深圳市", "广东省深圳市南山区科苑路8号1栋101室",
                "086-0755-86013388");
        /** No other test files in Qinghai, so a province rule a test adds there changes no other test's checks. */
        static final Place XINING = new Place("630000", "630100", "630102", "西宁市", "青海省西宁市城东区八一路8号1栋101室",
                "086-0971-8123456");
        /** Shaanxi has no rule of its own beyond a note: the province for a filing outside Guangdong (FilingAfterApprovalIT). */
        static final Place XIAN = new Place("610000", "610100", "610102", "西安市", "陕西省西安市新城区解放路8号1栋101室",
                "086-029-87654321");
        /** Only the console's hand-over test files in Tibet, so its queues there hold that test's orders alone. */
        static final Place LHASA = new Place("540000", "540100", "540102", "拉萨市", "西藏自治区拉萨市城关区北京中路8号1栋101室",
                "086-0891-6123456");
    }

    /** An enterprise in Shenzhen filing one website whose principal is the subject principal. */
    FilingSnapshot enterpriseFirstFiling(Applicant applicant, String websiteName) {
        return enterpriseFirstFiling(applicant, websiteName, Place.SHENZHEN);
    }

    FilingSnapshot enterpriseFirstFiling(Applicant applicant, String websiteName, Place place) {
        return enterpriseFirstFiling(applicant, websiteName, place, "陈晓明");
    }

    /** As above, with the principal (of the subject and the website, and legal representative) named as given: the stand-ins' rules read names. */
    FilingSnapshot enterpriseFirstFiling(Applicant applicant, String websiteName, Place place, String principalName) {
        String domain = "wf" + TestData.unique() + ".cn";
        PersonData principal = new PersonData(principalName, "RESIDENT_ID", residentId(place.county(), "19850612"), place.officePhone(),
                mobile(), "chen" + TestData.unique() + "@example.com");
        SubjectData subject = new SubjectData(place.province(), place.prefecture(), place.county(), "ENTERPRISE", "BUSINESS_LICENCE",
                uscc(place.prefecture()), place.city() + chineseTag() + "科技有限公司", place.address(), place.city() + "示例投资有限公司",
                principalName, place.address(), null, principal, null);
        WebsiteData website = new WebsiteData(websiteName, List.of(domain), List.of("www." + domain), "ORGANISATION_PORTAL",
                List.of("NONE"), List.of("zh-CN"), null, true, null,
                List.of(new CloudServiceData("SERVER", applicant.serverInstance(), "203.0.113.50")), null);
        FilingSnapshot snapshot = new FilingSnapshot(subject, List.of(website));
        // The applicant confirmed the principal's mobile by its SMS code, as the wizard asks.
        confirmMobiles(applicant.caller(), snapshot);
        return snapshot;
    }

    /** Uploads JPEGs for everything a one-website enterprise filing needs and attaches them. */
    void attachDocuments(Caller caller, String orderNumber) {
        FIRST_FILING_DOCUMENTS.forEach((purpose, kind) -> attach(caller, orderNumber, kind, purpose));
    }

    long uploadPhoto(Caller caller) {
        return applicantDesk.uploadDocument(caller, DocumentKind.CURTAIN_PHOTO, "幕布照片.jpg", jpeg()).id();
    }

    void attach(Caller caller, String orderNumber, DocumentKind kind, String purpose) {
        long id = applicantDesk.uploadDocument(caller, kind, purpose + ".jpg", jpeg()).id();
        applicantDesk.attachDocument(caller, orderNumber, id, purpose);
    }

    /** A draft of the type with the given documents attached, asserted to pass every check. */
    OrderView readyDraft(Caller caller, OrderType type, String subjectNumber, FilingSnapshot snapshot, String password,
                         Map<String, DocumentKind> documentsByPurpose) {
        OrderView draft = applicantDesk.startDraft(caller, new NewOrder(type, subjectNumber, snapshot, null));
        confirmMobiles(caller, snapshot);
        documentsByPurpose.forEach((purpose, kind) -> attach(caller, draft.orderNumber(), kind, purpose));
        CheckReport report = applicantDesk.checkOrder(caller, draft.orderNumber(), password, Locale.ENGLISH);
        assertTrue(report.submittable(), type + " passes every check: " + report.findings());
        return applicantDesk.getOrder(caller, draft.orderNumber());
    }

    /**
     * Records the snapshot's principal mobiles as confirmed by the caller, as the wizard's SMS code does
     * (PrincipalMobilesIT and the browser tests go through the code itself).
     */
    void confirmMobiles(Caller caller, FilingSnapshot snapshot) {
        List<PersonData> people = new java.util.ArrayList<>();
        if (snapshot.subject() != null) {
            people.add(snapshot.subject().principal());
        }
        snapshot.websites().forEach(w -> people.add(w.principal()));
        try {
            // Joins a transaction the test runs, or runs its own.
            boolean own = tx.getStatus() == jakarta.transaction.Status.STATUS_NO_TRANSACTION;
            if (own) {
                tx.begin();
            }
            long accountId = em.createQuery("SELECT a.id FROM Account a WHERE a.username = :u", Long.class)
                    .setParameter("u", caller.username()).getSingleResult();
            people.stream().filter(java.util.Objects::nonNull).map(PersonData::mobile).filter(java.util.Objects::nonNull).distinct()
                    .filter(m -> em.createQuery("SELECT COUNT(m) FROM MobileConfirmation m WHERE m.accountId = :a AND m.mobile = :m",
                            Long.class).setParameter("a", accountId).setParameter("m", m).getSingleResult() == 0)
                    .forEach(m -> em.persist(new MobileConfirmation(accountId, m, Instant.now())));
            if (own) {
                tx.commit();
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot confirm the test mobiles", e);
        }
    }

    /**
     * Files the subject and one website with another provider in the ministry's registry (its stand-in),
     * with the subject's filing password: what an access filing or an add-website-elsewhere finds.
     */
    void nationalRecord(SubjectData subject, String subjectNumber, String domain, String password) throws Exception {
        tx.begin();
        NationalSubjectEntry entry = new NationalSubjectEntry(subjectNumber, subject.provinceCode(), subject.nature(),
                subject.certificateType(), subject.certificateNumber(), subject.name(), subject.principal().name(),
                passwordHashing.hash(password));
        em.persist(entry);
        em.persist(new NationalWebsiteEntry(entry, subjectNumber + "-1", "原有网站", List.of(domain), List.of("其他云服务商")));
        tx.commit();
    }

    /**
     * An access filing (接入备案) of an enterprise whose site is filed with another provider, as a draft with its
     * documents that passes every check once the filing password is given ({@code password}).
     */
    OrderView readyAccessDraft(Applicant applicant, String password) throws Exception {
        FilingSnapshot template = enterpriseFirstFiling(applicant, "企业官方网站");
        String subjectNumber = "粤ICP备" + (20_000_000 + (int) (Math.random() * 9_999_999)) + "号";
        nationalRecord(template.subject(), subjectNumber, template.websites().get(0).domains().get(0), password);
        SubjectData subject = withIcp(template.subject(), subjectNumber);
        WebsiteData w = template.websites().get(0);
        WebsiteData website = new WebsiteData(w.name(), w.domains(), w.homepageUrls(), w.serviceContent(), w.preApprovalTypes(),
                w.languages(), w.remark(), w.principalSameAsSubject(), w.principal(), w.cloudServices(), subjectNumber + "-1");
        return readyDraft(applicant.caller(), OrderType.ACCESS, null, new FilingSnapshot(subject, List.of(website)), password,
                Map.of("websites[0].verificationForm", DocumentKind.OTHER, "subject.licence", DocumentKind.OTHER,
                        "subject.principal.id.both", DocumentKind.OTHER));
    }

    static SubjectData withIcp(SubjectData s, String icp) {
        return new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(), s.certificateNumber(),
                s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(), s.mailingAddress(), s.remark(), s.principal(), icp);
    }

    /** A one-website enterprise first filing with its documents, ready to submit. */
    OrderView readyFirstFiling(Caller caller, FilingSnapshot snapshot) {
        return readyDraft(caller, OrderType.FIRST_FILING, null, snapshot, null, FIRST_FILING_DOCUMENTS);
    }

    static final Map<String, DocumentKind> FIRST_FILING_DOCUMENTS = Map.of(
            "subject.licence", DocumentKind.ORGANISATION_CERTIFICATE,
            "subject.principal.id.both", DocumentKind.IDENTITY_BOTH_SIDES,
            "websites[0].verificationForm", DocumentKind.VERIFICATION_FORM);

    OrderView submit(Caller caller, OrderView order, String clientKey, String filingPassword) {
        return applicantDesk.submit(caller, new SubmitRequest(order.orderNumber(), order.version(), true, clientKey, filingPassword));
    }

    /** From submitted to at the bureau: initial review, the photo where the type has one, submission. */
    OrderView reviewToBureau(Caller applicant, Caller reviewer, String orderNumber, boolean photo) {
        reviewerDesk.claim(reviewer, orderNumber);
        OrderView order = reviewerDesk.approveInitial(reviewer, orderNumber, null);
        if (photo) {
            applicantDesk.submitPhoto(applicant, orderNumber, uploadPhoto(applicant));
            reviewerDesk.claim(reviewer, orderNumber);
            order = reviewerDesk.approvePhoto(reviewer, orderNumber);
        }
        assertEquals(OrderState.AWAITING_BUREAU, order.state());
        return reviewerDesk.submitToBureau(reviewer, List.of(orderNumber)).get(0);
    }

    /** Answers the ministry's SMS check with the n-th code texted to the person. */
    MinistrySmsCheck.Result passSmsCheck(PersonData person, int nthCode) {
        String code = awaitSmsCode(person.mobile(), nthCode);
        String id = person.certificateNumber();
        return smsChecks.verify(person.mobile(), code, id.substring(id.length() - 6));
    }

    OrderView awaitState(Caller caller, String orderNumber, OrderState state) {
        return await(() -> {
            OrderView view = applicantDesk.getOrder(caller, orderNumber);
            return view.state() == state ? view : null;
        }, Duration.ofSeconds(40), "order " + orderNumber + " to be " + state);
    }

    /** The last SMS code the ministry (12381) texted to this mobile. */
    String awaitSmsCode(String mobile, int count) {
        return await(() -> {
            List<SmsMessage> messages = em.createNamedQuery("SmsMessage.listByMobile", SmsMessage.class)
                    .setParameter("mobile", mobile).getResultList().stream().filter(m -> m.getSender().equals("12381"))
                    .filter(m -> CODE.matcher(m.getText()).find()).toList();
            if (messages.size() < count) {
                return null;
            }
            Matcher matcher = CODE.matcher(messages.get(messages.size() - 1).getText());
            matcher.find();
            return matcher.group(1);
        }, Duration.ofSeconds(30), "an SMS code for " + mobile);
    }

    /** Puts an event on the events queue as the outbox relay would, {@code times} times (a redelivery). */
    void raise(ApplicationEvent event, int times) {
        try (JMSContext context = connectionFactory.createContext()) {
            for (int i = 0; i < times; i++) {
                TextMessage message = context.createTextMessage(EventMessages.toJson(event));
                message.setJMSType(event.type());
                message.setStringProperty(JmsNames.EVENT_ID_PROPERTY, event.id());
                context.createProducer().send(events, message);
            }
        } catch (JMSException e) {
            throw new IllegalStateException("Cannot raise " + event.type(), e);
        }
    }

    static <T> T await(Supplier<T> probe, Duration patience, String what) {
        Instant deadline = Instant.now().plus(patience);
        while (true) {
            T value = probe.get();
            if (value != null) {
                return value;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Waited " + patience.toSeconds() + " s in vain for " + what);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what);
            }
        }
    }

    public static byte[] jpeg() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(ThreadLocalRandom.current().nextInt(0xFFFFFF)));
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A PNG image: what a ".jpg" that is not a JPEG carries (the desk refuses it). */
    public static byte[] png() {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 800, 600);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A valid unified social credit code (GB 32100) for an enterprise of the division. */
    public static String uscc(String division) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            org.append((char) ('0' + random.nextInt(10)));
        }
        int[] w = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (org.charAt(i) - '0') * w[i];
        }
        int c = 11 - sum % 11;
        org.append(c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c));
        String first17 = "91" + division + org;
        int total = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            total += CHARS.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        int check = 31 - total % 31;
        return first17 + CHARS.charAt(check == 31 ? 0 : check);
    }

    /** A valid resident ID (GB 11643) for the address code and birth date. */
    public static String residentId(String address, String birth) {
        String first17 = address + birth + String.format("%03d", ThreadLocalRandom.current().nextInt(1, 999));
        int[] w = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * w[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }

    /** A mainland mobile number nobody else in the test run uses. */
    public static String mobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    public static String chineseTag() {
        String pool = "安博创达丰海恒华嘉锦凯蓝朗利明宁鹏启锐盛拓伟新兴阳悦卓";
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "" + pool.charAt(random.nextInt(pool.length())) + pool.charAt(random.nextInt(pool.length()))
                + pool.charAt(random.nextInt(pool.length()));
    }
}
