package org.beian.application.internal;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.validation.executable.ValidateOnExecution;
import java.util.ArrayList;
import java.util.List;
import org.beian.application.dto.AccountResourcesView;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuthorisationCodeView;
import org.beian.application.dto.CalendarDayView;
import org.beian.application.dto.CurtainRequestView;
import org.beian.application.dto.CurtainShipment;
import org.beian.application.dto.FileableTldView;
import org.beian.application.dto.HolidayNoticePreview;
import org.beian.application.dto.NewAuthorisationCode;
import org.beian.application.dto.NewFileableTld;
import org.beian.application.dto.VerificationPointInput;
import org.beian.application.dto.VerificationPointView;
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
import org.beian.application.BusinessException;
import org.beian.application.dto.DeadMessageView;
import org.beian.application.dto.DemoMail;
import org.beian.application.dto.RecordedSms;
import org.beian.application.port.DeadMessages;
import org.beian.application.port.SentMailbox;
import org.beian.application.port.SmsOutbox;
import org.beian.application.security.Caller;
import org.beian.domain.model.account.Role;
import org.beian.domain.model.notification.Notification;
import org.beian.domain.model.notification.NotificationRepository;

@Stateless
@ValidateOnExecution // makes the validation extension see the constraints declared on the interface
@Interceptors(FailureTranslation.class)
public class DefaultAdministrationDesk implements AdministrationDesk {

    /** Inboxes read per page: the addresses written to last (a demo journey has a handful). */
    private static final int DEMO_MAILBOXES = 50;

    @Inject
    private DeadMessages deadMessages;

    @Inject
    private SmsOutbox smsOutbox;

    @Inject
    private SentMailbox sentMailbox;

    @Inject
    private NotificationRepository notifications;

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

    @Inject
    private VerificationPointAdministration verificationPoints;

    @Inject
    private FileableTldAdministration fileableTlds;

    @Inject
    private HolidayCalendarAdministration holidayCalendar;

    @Inject
    private CurtainRequestAdministration curtainRequests;

    @Inject
    private AccountResourceAdministration accountResources;

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
    public boolean demoMailboxAvailable(Caller caller) {
        requireAdmin(caller);
        return sentMailbox.available();
    }

    @Override
    public List<DemoMail> demoMails(Caller caller, int max) {
        requireAdmin(caller);
        if (!sentMailbox.available()) {
            throw new BusinessException("admin.mailbox.off");
        }
        return sentMailbox.arrivedAt(notifications.recentRecipients(Notification.Channel.EMAIL, DEMO_MAILBOXES), max);
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

    @Override
    public List<VerificationPointView> verificationPoints(Caller caller, String provinceCode) {
        requireAdmin(caller);
        return verificationPoints.list(provinceCode);
    }

    @Override
    public VerificationPointView saveVerificationPoint(Caller caller, VerificationPointInput point) {
        requireAdmin(caller);
        return verificationPoints.save(caller, point);
    }

    @Override
    public VerificationPointView setVerificationPointActive(Caller caller, long id, boolean active) {
        requireAdmin(caller);
        return verificationPoints.setActive(caller, id, active);
    }

    @Override
    public void deleteVerificationPoint(Caller caller, long id) {
        requireAdmin(caller);
        verificationPoints.delete(caller, id);
    }

    @Override
    public List<FileableTldView> fileableTlds(Caller caller) {
        requireAdmin(caller);
        return fileableTlds.list();
    }

    @Override
    public FileableTldView addFileableTld(Caller caller, NewFileableTld tld) {
        requireAdmin(caller);
        return fileableTlds.add(caller, tld);
    }

    @Override
    public FileableTldView setTldFileable(Caller caller, String tld, boolean fileable) {
        requireAdmin(caller);
        return fileableTlds.setFileable(caller, tld, fileable);
    }

    @Override
    public List<CalendarDayView> calendarExceptions(Caller caller, int year) {
        requireAdmin(caller);
        return holidayCalendar.year(year);
    }

    @Override
    public HolidayNoticePreview previewHolidayNotice(Caller caller, int year, String noticeText) {
        requireAdmin(caller);
        return holidayCalendar.preview(year, noticeText);
    }

    @Override
    public HolidayNoticePreview importHolidayNotice(Caller caller, int year, String noticeText) {
        requireAdmin(caller);
        return holidayCalendar.importNotice(caller, year, noticeText);
    }

    @Override
    public List<CurtainRequestView> curtainRequests(Caller caller, boolean openOnly, int max) {
        requireAdmin(caller);
        return curtainRequests.list(openOnly, max);
    }

    @Override
    public CurtainRequestView shipCurtain(Caller caller, CurtainShipment shipment) {
        requireAdmin(caller);
        return curtainRequests.ship(caller, shipment);
    }

    @Override
    public CurtainRequestView markCurtainDelivered(Caller caller, long requestId) {
        requireAdmin(caller);
        return curtainRequests.markDelivered(caller, requestId);
    }

    @Override
    public AccountResourcesView accountResources(Caller caller, String username) {
        requireAdmin(caller);
        return accountResources.find(username);
    }

    @Override
    public AuthorisationCodeView issueAuthorisationCode(Caller caller, NewAuthorisationCode code) {
        requireAdmin(caller);
        return accountResources.issue(caller, code);
    }

    @Override
    public AuthorisationCodeView revokeAuthorisationCode(Caller caller, String code) {
        requireAdmin(caller);
        return accountResources.revoke(caller, code);
    }

    private static void requireAdmin(Caller caller) {
        if (!caller.has(Role.ADMIN)) {
            throw new AccessDeniedException();
        }
    }
}
