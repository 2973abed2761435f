package org.beian.application.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.Valid;
import java.util.List;
import org.beian.application.dto.AccountResourcesView;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuditPage;
import org.beian.application.dto.AuditQuery;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.AuthorisationCodeView;
import org.beian.application.dto.CalendarDayView;
import org.beian.application.dto.Choice;
import org.beian.application.dto.CurtainRequestView;
import org.beian.application.dto.CurtainShipment;
import org.beian.application.dto.FileableTldView;
import org.beian.application.dto.HolidayNoticePreview;
import org.beian.application.dto.NewAuthorisationCode;
import org.beian.application.dto.NewFileableTld;
import org.beian.application.dto.NewProvinceRule;
import org.beian.application.dto.NewStaffAccount;
import org.beian.application.dto.ProvinceRuleView;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.DemoMail;
import org.beian.application.dto.RecordedSms;
import org.beian.application.dto.VerificationPointInput;
import org.beian.application.dto.VerificationPointView;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;

/**
 * The administrators' desk (role ADMIN only): the dead-message queue, the recorded SMS (and in demo mode the
 * e-mails at the demo mail server), the audit log,
 * province rules, the reviewers' reason templates and the accounts; the reference data (verification
 * points, fileable suffixes, the holiday calendar), curtain requests, and accounts' cloud resources and
 * authorisation codes.
 */
public interface AdministrationDesk {

    /** Messages whose work failed on every attempt, oldest first. */
    List<DeadMessageView> deadMessages(@NotNull Caller caller, @Min(1) @Max(500) int max);

    /** Takes the message off the dead-message queue and sends it back to where it came from, attempts reset. */
    void retryDeadMessage(@NotNull Caller caller, @NotBlank String messageId);

    /** The SMS the built-in gateway recorded instead of sending (the demo outbox), newest first. */
    List<RecordedSms> recordedSms(@NotNull Caller caller, @Min(1) @Max(500) int max);

    /** Whether the desk runs with a demo mail server (the run command's); production has none. */
    boolean demoMailboxAvailable(@NotNull Caller caller);

    /**
     * Demo mode only: the e-mails that reached the demo mail server, newest first, read from the inboxes of
     * the addresses the desk wrote to last; refused ({@code admin.mailbox.off}) without a demo mail server.
     */
    List<DemoMail> demoMails(@NotNull Caller caller, @Min(1) @Max(500) int max);

    /** Every event recorded about a target ("order:…", "account:…"), oldest first. */
    List<AuditRecord> auditTrail(@NotNull Caller caller, @NotBlank String target);

    /** The audit log, newest first, personal data masked; {@code before} null: the newest page. */
    AuditPage auditLog(@NotNull Caller caller, @NotNull @Valid AuditQuery query, AuditRecord.Cursor before, @Min(1) @Max(1000) int size);

    /** The provinces (and the national defaults, code 000000) whose rules can be edited. */
    List<Choice> ruleProvinces(@NotNull Caller caller);

    List<String> provinceRuleKeys(@NotNull Caller caller);

    /** A province's rows and the national defaults, newest first per key, the rows in force today marked. */
    List<ProvinceRuleView> provinceRules(@NotNull Caller caller, @NotBlank String provinceCode);

    /** Adds a row from its day on (today or later); checks from that day apply it. */
    ProvinceRuleView addProvinceRule(@NotNull Caller caller, @NotNull @Valid NewProvinceRule rule);

    /** Every reason template, also those no longer offered. */
    List<ReasonTemplateView> reasonTemplates(@NotNull Caller caller);

    /** Adds the template or changes the one with its code. */
    ReasonTemplateView saveReasonTemplate(@NotNull Caller caller, @NotNull @Valid ReasonTemplateView template);

    /** Accounts by username prefix and role (either may be null), by username. */
    List<AccountView> accounts(@NotNull Caller caller, String usernamePrefix, Role role, @Min(1) @Max(500) int max);

    /** Opens a reviewer's or administrator's account. */
    AccountView openStaffAccount(@NotNull Caller caller, @NotNull @Valid NewStaffAccount account);

    /** Locks (false) or unlocks (true) an account; a locked account cannot sign in. */
    AccountView setAccountEnabled(@NotNull Caller caller, @NotBlank String username, boolean enabled);

    /** The province's verification points, also those switched off, in the order they were added. */
    List<VerificationPointView> verificationPoints(@NotNull Caller caller, @NotBlank String provinceCode);

    /** Adds a point ({@code id} null) or changes one; each detail that is wrong is refused on its field. */
    VerificationPointView saveVerificationPoint(@NotNull Caller caller, @NotNull @Valid VerificationPointInput point);

    /** Switches a point off (applicants no longer see it) or on again. */
    VerificationPointView setVerificationPointActive(@NotNull Caller caller, long id, boolean active);

    void deleteVerificationPoint(@NotNull Caller caller, long id);

    /** Every suffix, fileable or not: top-level first, then second-level zones. */
    List<FileableTldView> fileableTlds(@NotNull Caller caller);

    /** Adds a suffix typed in either form; it is kept in both (Unicode and punycode). */
    FileableTldView addFileableTld(@NotNull Caller caller, @NotNull @Valid NewFileableTld tld);

    /** Switches filings under the suffix (its Unicode form) on or off; the next check applies it. */
    FileableTldView setTldFileable(@NotNull Caller caller, @NotBlank String tld, boolean fileable);

    /** The year's calendar exceptions, by day. */
    List<CalendarDayView> calendarExceptions(@NotNull Caller caller, @Min(2000) @Max(2100) int year);

    /** The rows a pasted State Council notice yields for the year, beside the year's rows now; changes nothing. */
    HolidayNoticePreview previewHolidayNotice(@NotNull Caller caller, @Min(2000) @Max(2100) int year,
                                              @NotBlank @Size(max = 20_000) String noticeText);

    /** Replaces the year's rows by those the notice yields (read again from the text, as the preview read it). */
    HolidayNoticePreview importHolidayNotice(@NotNull Caller caller, @Min(2000) @Max(2100) int year,
                                             @NotBlank @Size(max = 20_000) String noticeText);

    /** Curtain requests: to ship, then on their way, then (unless {@code openOnly}) delivered, latest first. */
    List<CurtainRequestView> curtainRequests(@NotNull Caller caller, boolean openOnly, @Min(1) @Max(500) int max);

    /** Records the curtain handed to the courier, with its tracking number. */
    CurtainRequestView shipCurtain(@NotNull Caller caller, @NotNull @Valid CurtainShipment shipment);

    CurtainRequestView markCurtainDelivered(@NotNull Caller caller, long requestId);

    /** The account's cloud resources and the authorisation codes it issued; refused on {@code username} if there is none. */
    AccountResourcesView accountResources(@NotNull Caller caller, @NotBlank String username);

    /** Issues an authorisation code on one of the account's resources, valid at most until the resource expires. */
    AuthorisationCodeView issueAuthorisationCode(@NotNull Caller caller, @NotNull @Valid NewAuthorisationCode code);

    /** Revokes a code: filings that have not used it yet can no longer. */
    AuthorisationCodeView revokeAuthorisationCode(@NotNull Caller caller, @NotBlank @Pattern(regexp = "[A-Za-z0-9]{1,32}") String code);
}
