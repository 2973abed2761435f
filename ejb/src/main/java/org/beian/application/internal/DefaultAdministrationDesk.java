package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.ArrayList;
import java.util.List;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuditPage;
import org.beian.application.dto.AuditQuery;
import org.beian.application.dto.Choice;
import org.beian.application.dto.NewProvinceRule;
import org.beian.application.dto.NewStaffAccount;
import org.beian.application.dto.ProvinceRuleView;
import org.beian.application.dto.ReasonTemplateView;
import org.beian.domain.model.reference.ProvinceRule;
import org.beian.application.AccessDeniedException;
import org.beian.application.desk.AdministrationDesk;
import org.beian.application.dto.AuditRecord;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.RecordedSms;
import org.beian.application.port.DeadMessages;
import org.beian.application.port.SmsOutbox;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultAdministrationDesk implements AdministrationDesk {

    @Inject
    private DeadMessages deadMessages;

    @Inject
    private SmsOutbox smsOutbox;

    @Inject
    private Audit audit;

    @Inject
    private ProvinceRuleAdministration provinceRules;

    @Inject
    private ReasonTemplates reasonTemplates;

    @Inject
    private StaffAccounts staffAccounts;

    @Inject
    private ReferenceChoices choices;

    @Override
    public List<DeadMessageView> deadMessages(Caller caller, int max) {
        requireAdmin(caller);
        return deadMessages.list(max);
    }

    @Override
    public void retryDeadMessage(Caller caller, String messageId) {
        requireAdmin(caller);
        deadMessages.retry(messageId);
    }

    @Override
    public List<RecordedSms> recordedSms(Caller caller, int max) {
        requireAdmin(caller);
        return smsOutbox.recent(max);
    }

    @Override
    public List<AuditRecord> auditTrail(Caller caller, String target) {
        requireAdmin(caller);
        return audit.listByTarget(target);
    }

    @Override
    public AuditPage auditLog(Caller caller, AuditQuery query, AuditRecord.Cursor before, int size) {
        requireAdmin(caller);
        return audit.search(query, before, size);
    }

    @Override
    public List<Choice> ruleProvinces(Caller caller) {
        requireAdmin(caller);
        List<Choice> provinces = new ArrayList<>();
        provinces.add(new Choice(ProvinceRule.NATIONAL, "全国 National"));
        provinces.addAll(choices.regions(null));
        return provinces;
    }

    @Override
    public List<String> provinceRuleKeys(Caller caller) {
        requireAdmin(caller);
        return provinceRules.keys();
    }

    @Override
    public List<ProvinceRuleView> provinceRules(Caller caller, String provinceCode) {
        requireAdmin(caller);
        return provinceRules.list(provinceCode);
    }

    @Override
    public ProvinceRuleView addProvinceRule(Caller caller, NewProvinceRule rule) {
        requireAdmin(caller);
        return provinceRules.add(caller, rule);
    }

    @Override
    public List<ReasonTemplateView> reasonTemplates(Caller caller) {
        requireAdmin(caller);
        return reasonTemplates.all();
    }

    @Override
    public ReasonTemplateView saveReasonTemplate(Caller caller, ReasonTemplateView template) {
        requireAdmin(caller);
        return reasonTemplates.save(caller, template);
    }

    @Override
    public List<AccountView> accounts(Caller caller, String usernamePrefix, Role role, int max) {
        requireAdmin(caller);
        return staffAccounts.search(usernamePrefix, role, max);
    }

    @Override
    public AccountView openStaffAccount(Caller caller, NewStaffAccount account) {
        requireAdmin(caller);
        return staffAccounts.open(account);
    }

    @Override
    public AccountView setAccountEnabled(Caller caller, String username, boolean enabled) {
        requireAdmin(caller);
        return staffAccounts.setEnabled(caller, username, enabled);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
