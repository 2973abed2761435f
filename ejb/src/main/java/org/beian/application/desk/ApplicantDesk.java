package org.beian.application.desk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.Choice;
import org.beian.application.dto.CloudResourceView;
import org.beian.application.dto.CodeSent;
import org.beian.application.dto.CurtainView;
import org.beian.application.dto.DeterminationView;
import org.beian.application.dto.DocumentView;
import org.beian.application.dto.DomainLookup;
import org.beian.application.dto.MyOrder;
import org.beian.application.dto.ElectronicVerificationView;
import org.beian.application.dto.NewOrder;
import org.beian.application.dto.OrderProgress;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubjectFilingView;
import org.beian.application.dto.SubjectView;
import org.beian.application.dto.SubmitRequest;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.dto.WebsiteFilingView;
import org.beian.application.security.Caller;
import org.beian.domain.model.check.catalogue.StartFilingRequest;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.VerificationMethod;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.domain.model.filing.workflow.OrderAction;
import org.beian.domain.model.registry.SubjectSummary;

/**
 * The applicant's desk: everything the portal (and the applicant's REST API) does, from "start filing"
 * to the photo and the requests after approval. Every call checks that the caller may touch the order,
 * document or website; every write turns a concurrent change into {@code error.concurrentChange}.
 */
public interface ApplicantDesk {

    // ---- what the forms offer

    /** The provinces ({@code parentCode} null), or the divisions directly below one. */
    List<Choice> regions(String parentCode, @NotNull Locale locale);

    /** Subject natures (主办者性质). */
    List<Choice> natures(@NotNull Locale locale);

    /** The certificate types a subject of this nature may hold. */
    List<Choice> certificateTypes(@NotBlank String nature, @NotNull Locale locale);

    /** The account's cloud resources, to file a website on. */
    List<CloudResourceView> myCloudResources(@NotNull Caller caller);

    // ---- start filing and drafts

    /** "Start filing": which type the entered facts lead to, with the explanation. */
    DeterminationView determine(@NotNull Caller caller, @NotNull StartFilingRequest request, @NotNull Locale locale);

    /** Creates a draft, or returns the order an earlier call with the same client key created. */
    OrderView startDraft(@NotNull Caller caller, @NotNull @Valid NewOrder order);

    /**
     * Replaces what a draft proposes. {@code expectedVersion} is the version the caller read; if someone
     * changed the order since, nothing is saved and {@code error.concurrentChange} says so.
     */
    OrderView saveDraft(@NotNull Caller caller, @NotBlank String orderNumber, long expectedVersion,
                        @NotNull FilingSnapshot snapshot);

    OrderView getOrder(@NotNull Caller caller, @NotBlank String orderNumber);

    /**
     * A draft that starts from the caller's filed record: a change filing (变更备案) of the subject, or of one
     * website when {@code websiteIcpNumber} is given; cancel access and cancel website (of that website);
     * cancel subject. Idempotent on {@code clientKey} like {@link #startDraft}.
     */
    OrderView startFromRegistry(@NotNull Caller caller, @NotNull OrderType type, @NotBlank @Size(max = 32) String subjectIcpNumber,
                                @Size(max = 40) String websiteIcpNumber,
                                @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._:-]*") String clientKey);

    /**
     * The fields {@code proposed} (what the wizard holds now) changes against the filed record, for a change
     * filing ({@code subject.mailingAddress}: before → after); empty for other types.
     */
    List<FieldChange> changesAgainstRecord(@NotNull Caller caller, @NotBlank String orderNumber, @NotNull FilingSnapshot proposed);

    /** The account's orders that are not finished, newest first, with what the caller may do with each (the dashboard's list). */
    List<MyOrder> myOpenOrders(@NotNull Caller caller);

    /**
     * The order page: the order with staff named by role, the actions allowed now, the step, the bureau's
     * estimate, the ministry's SMS check while due and why the last photo was refused. Owner only.
     */
    OrderProgress orderProgress(@NotNull Caller caller, @NotBlank String orderNumber);

    /** What the caller may do with the order now (the buttons a page shows). */
    Set<OrderAction> allowedActions(@NotNull Caller caller, @NotBlank String orderNumber);

    // ---- checks

    /** Checks a draft that is not stored (or not yet): every finding at once. */
    CheckReport checkDraft(@NotNull Caller caller, @NotNull OrderType type, @NotNull FilingSnapshot snapshot,
                           @Size(max = 64) String filingPassword, @NotNull Locale locale);

    /** Checks a stored order with its attached documents. */
    CheckReport checkOrder(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 64) String filingPassword,
                           @NotNull Locale locale);

    // ---- documents (资料库)

    /** At most 2 MB, and a JPEG image the server can decode (the bureau accepts nothing else). */
    DocumentView uploadDocument(@NotNull Caller caller, @NotNull DocumentKind kind, @NotBlank @Size(max = 255) String fileName,
                                @NotNull byte[] content);

    /** Attaches a document of the caller's library to the caller's order for a purpose (e.g. subject.licence). */
    void attachDocument(@NotNull Caller caller, @NotBlank String orderNumber, long documentId,
                        @NotBlank @Size(max = 48) String purpose);

    /** Removes the document attached for a purpose (the library keeps it). */
    void detachDocument(@NotNull Caller caller, @NotBlank String orderNumber, @NotBlank @Size(max = 48) String purpose);

    /** The account's library, newest first. */
    List<DocumentView> myDocuments(@NotNull Caller caller, @Min(0) int first, @Min(1) @Max(200) int max);

    /** The bytes of one of the caller's documents (a JPEG). */
    byte[] documentContent(@NotNull Caller caller, long documentId);

    /** The verification form of the order, pre-filled, to print, sign and upload (a PDF). */
    byte[] verificationForm(@NotNull Caller caller, @NotBlank String orderNumber, @NotNull Locale locale);

    // ---- the order's steps

    /** Submits for the initial review (refused while the checks report errors); idempotent on the client key. */
    OrderView submit(@NotNull Caller caller, @NotNull @Valid SubmitRequest request);

    /** Withdraws before the initial-review result. */
    OrderView withdraw(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 1000) String reason);

    /** Abandons before the order is at the bureau. */
    OrderView abandon(@NotNull Caller caller, @NotBlank String orderNumber, @Size(max = 1000) String reason);

    /**
     * Chooses how the principal verifies in person (point, curtain, electronic) while the order awaits its
     * photo; {@code error.concurrentChange} if the order changed since {@code expectedVersion}.
     */
    OrderView chooseVerification(@NotNull Caller caller, @NotBlank String orderNumber, long expectedVersion,
                                 @NotNull VerificationMethod method);

    /** The active verification points (核验点) of the order's province, with address, hours, phone and position. */
    List<VerificationPointView> verificationPoints(@NotNull Caller caller, @NotBlank String orderNumber);

    /** Submits the curtain photo (a JPEG from the caller's document library) for the re-review. */
    OrderView submitPhoto(@NotNull Caller caller, @NotBlank String orderNumber, long documentId);

    /**
     * Electronic verification (电子化核验) instead of the photo: a new QR code from the ministry's platform for
     * the order's website principal to scan, valid as long as the platform says (10 minutes); an open code
     * of the order is replaced (刷新二维码). Only the owner, only while the order waits for its photo.
     */
    ElectronicVerificationView startElectronicVerification(@NotNull Caller caller, @NotBlank String orderNumber);

    /** Where the order's electronic verification stands: the newest code and its outcome (the page polls it). */
    ElectronicVerificationView electronicVerification(@NotNull Caller caller, @NotBlank String orderNumber);

    // ---- principal mobiles

    /** Sends an SMS code to a principal's mobile (11 digits), in the caller's language; {@code CodeNotSentException} when too soon. */
    CodeSent sendPrincipalMobileCode(@NotNull Caller caller, @NotBlank @Pattern(regexp = "1\\d{10}") String mobile);

    /**
     * Confirms a principal's mobile with the code it received; from then on the caller's orders may name it.
     * {@code VerificationCodeException} when the code is wrong, expired or used up.
     */
    void confirmPrincipalMobile(@NotNull Caller caller, @NotBlank @Pattern(regexp = "1\\d{10}") String mobile,
                                @NotBlank @Pattern(regexp = "\\d{6}") String code);

    // ---- requests besides orders

    /**
     * Requests the blue curtain by courier. One per account is free; it ships with the 16:00 courier of
     * the working day (requests after 16:00 or on a day off ship the next working day).
     */
    CurtainView requestCurtain(@NotNull Caller caller, @NotBlank @Size(max = 64) String recipient,
                               @NotBlank @Pattern(regexp = "1\\d{10}") String phone, @NotBlank @Size(max = 300) String address);

    /** The account's latest curtain request (requested, shipped with courier and tracking number, delivered), or null. */
    CurtainView myCurtain(@NotNull Caller caller);

    /**
     * Records (or corrects) the public-security filing number (公安备案号, 14 digits) of a filed website and
     * the day it was filed; the reminders stop. {@code InvalidFieldException} on {@code filedOn} for a day
     * in the future or before the ICP approval.
     */
    void recordPublicSecurityNumber(@NotNull Caller caller, @NotBlank String websiteIcpNumber,
                                    @NotBlank @Pattern(regexp = "\\d{14}") String number, @NotNull LocalDate filedOn);

    // ---- the account's registry

    /** The caller's subjects, certificate and mobile numbers masked. */
    List<SubjectSummary> mySubjects(@NotNull Caller caller);

    SubjectView getSubject(@NotNull Caller caller, @NotBlank String subjectIcpNumber);

    /** One of the caller's subjects for its page: names in the caller's language, personal numbers masked, its websites. */
    SubjectFilingView subjectFiling(@NotNull Caller caller, @NotBlank String subjectIcpNumber, @NotNull Locale locale);

    /**
     * One of the caller's filed websites for its page: the filing number to show on the site, the
     * public-security filing guide with every value pre-filled, and the public-security number or the reminders.
     */
    WebsiteFilingView websiteFiling(@NotNull Caller caller, @NotBlank String websiteIcpNumber);

    /** Where a registrable domain is filed: here, through another provider, or not at all. */
    DomainLookup lookupDomain(@NotNull Caller caller, @NotBlank String domain);
}
