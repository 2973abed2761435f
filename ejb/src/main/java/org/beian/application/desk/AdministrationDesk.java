package org.beian.application.desk;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import java.util.List;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuditPage;
import org.beian.application.dto.AuditQuery;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.Choice;
import org.beian.application.dto.NewProvinceRule;
import org.beian.application.dto.NewStaffAccount;
import org.beian.application.dto.ProvinceRuleView;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.RecordedSms;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;

/**
 * The administrators' desk (role ADMIN only): the dead-message queue, the recorded SMS, the audit log,
 * province rules, the reviewers' reason templates and the accounts.
 */
public interface AdministrationDesk {

    /** Messages whose work failed on every attempt, oldest first. */
    List<DeadMessageView> deadMessages(@NotNull Caller caller, @Min(1) @Max(500) int max);

    /** Takes the message off the dead-message queue and sends it back to where it came from, attempts reset. */
    void retryDeadMessage(@NotNull Caller caller, @NotBlank String messageId);

    /** The SMS the built-in gateway recorded instead of sending (the demo outbox), newest first. */
    List<RecordedSms> recordedSms(@NotNull Caller caller, @Min(1) @Max(500) int max);

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
}
