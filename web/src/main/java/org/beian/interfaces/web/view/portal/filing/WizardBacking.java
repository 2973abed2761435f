package org.beian.interfaces.web.view.portal.filing;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.beian.application.BusinessException;
import org.beian.application.ChecksFailedException;
import org.beian.application.ConcurrentChangeException;
import org.beian.application.VerificationCodeException;
import org.beian.application.desk.ApplicantDesk;
import org.beian.application.dto.AttachedDocument;
import org.beian.application.dto.CheckReport;
import org.beian.application.dto.Choice;
import org.beian.application.dto.CloudResourceView;
import org.beian.application.dto.DocumentView;
import org.beian.application.dto.FindingView;
import org.beian.application.dto.OrderView;
import org.beian.application.dto.SubmitRequest;
import org.beian.domain.model.check.catalogue.PreApprovalType;
import org.beian.domain.model.check.phone.MobileNumber;
import org.beian.domain.model.document.DocumentKind;
import org.beian.domain.model.filing.OrderState;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.OrderType;
import org.beian.domain.model.filing.workflow.FieldChange;
import org.beian.interfaces.security.Callers;
import org.beian.interfaces.web.view.Cooldown;
import org.beian.interfaces.web.i18n.LocaleSelection;
import org.beian.interfaces.web.i18n.Messages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * Backs /portal/filing/wizard.xhtml: 主体信息 → 网站信息 → 上传资料 → 确认提交 for one draft. The form
 * lives in the view; it is saved on every step change and every 30 seconds while it changes, with the
 * version the page read (another tab's save is reported, and nothing typed is lost). Leaving a field
 * runs the catalogue on the whole draft and shows that field's findings on it.
 */
@Named("wizard")
@ViewScoped
public class WizardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final List<String> WEBSITE_LANGUAGES = List.of("zh-CN", "zh-TW", "en", "ja", "ko", "ru", "fr", "de", "es", "ar",
            "ug", "bo", "mn", "other");
    private static final String MOBILE_NOT_CONFIRMED = "MOBILE_NOT_CONFIRMED";
    private static final String REVIEW_REMARK = "REVIEW_REMARK";
    private static final String CHANGED = "CHANGED";
    private static final String FILING_PASSWORD = "extras.filingPassword";

    @Inject
    private ApplicantDesk applicant;

    @Inject
    private Callers callers;

    @Inject
    private LocaleSelection localeSelection;

    @Inject
    private UploadSlots uploadSlots;

    private String orderNumber;
    private long version;
    private OrderType type;
    private OrderState state;
    private DraftForm form;
    private int step;
    private boolean dirty;
    private boolean conflict;
    private Instant savedAt;
    private Instant reviewDueAt;
    private Map<String, List<FindingView>> findings = new LinkedHashMap<>();
    /** The reviewer's open remarks by field: shown until the order is submitted again. */
    private Map<String, List<FindingView>> remarks = new LinkedHashMap<>();
    private final Set<String> visited = new HashSet<>();
    private Map<String, Long> attached = new LinkedHashMap<>();
    private final Map<String, Boolean> separateSides = new LinkedHashMap<>();
    private boolean agreed;
    /** A change filing's edits against the filed record, by field: each is marked on its field. */
    private Map<String, FieldChange> changes = new LinkedHashMap<>();
    /** Access filings prove the subject's filing password (备案密码); never stored, sent with the checks and the submission. */
    private String filingPassword;
    private final Map<String, Cooldown> mobileCooldowns = new LinkedHashMap<>();
    private final Set<String> confirmedHere = new HashSet<>();
    private final String clientKey = UUID.randomUUID().toString();

    /** f:viewAction: the draft named by ?order=…, at ?step=… (an 修改 link), or the dashboard when it is not editable. */
    public String load() {
        // Not f:viewParam required="true": its value is gone after the first ajax postback, and every later
        // request of the page would then fail validation silently.
        if (orderNumber == null || orderNumber.isBlank()) {
            return "/portal/index?faces-redirect=true";
        }
        OrderView order = applicant.getOrder(callers.current(), orderNumber);
        if (!order.state().isEditable()) {
            return "/portal/order?faces-redirect=true&order=" + orderNumber;
        }
        if (order.type().isCancellation()) {
            return "/portal/filing/cancel?faces-redirect=true&order=" + orderNumber;
        }
        take(order);
        form = DraftForm.from(order.snapshot(), order.type() == OrderType.CHANGE);
        recheck();
        return null;
    }

    // ---- steps

    public void next() {
        goTo(step + 1);
    }

    public void previous() {
        goTo(step - 1);
    }

    /** Saves, then shows the step; on the confirm step every finding of the stored order (documents included) shows. */
    public void goTo(int target) {
        if (!save()) {
            return;
        }
        step = Math.max(0, Math.min(WizardSteps.values().length - 1, target));
        if (step == WizardSteps.CONFIRM.ordinal()) {
            recheckStored();
        } else {
            recheck();
        }
    }

    /** 保存并离开: the dashboard's 继续备案 brings the applicant back to all of it. */
    public String saveAndLeave() {
        return save() ? "/portal/index?faces-redirect=true" : null;
    }

    /** p:poll every 30 seconds: saves only what changed since the last save. */
    public void autosave() {
        if (dirty) {
            save();
        }
    }

    /** Another tab saved first: keep what this page holds and save it over the newer version. */
    public void keepMine() {
        version = applicant.getOrder(callers.current(), orderNumber).version();
        conflict = false;
        if (save()) {
            Messages.info("wizard.keptMine");
        }
    }

    private boolean save() {
        if (conflict) {
            return false;
        }
        try {
            take(applicant.saveDraft(callers.current(), orderNumber, version, form.toSnapshot()));
            savedAt = Instant.now();
            dirty = false;
            return true;
        } catch (ConcurrentChangeException e) {
            conflict = true;
            Messages.error(null, "wizard.conflict", orderNumber);
            return false;
        }
    }

    // ---- live checks

    /** p:ajax on blur: the field was visited; the whole draft is checked, and this field's findings show. */
    public void leave(String field) {
        visited.add(field);
        dirty = true;
        recheck();
    }

    /** A change that is not a field of its own (a select, a checkbox, a list row added or removed). */
    public void changed() {
        dirty = true;
        recheck();
    }

    private void recheck() {
        FilingSnapshot snapshot = form.toSnapshot();
        CheckReport report = applicant.checkDraft(callers.current(), type, snapshot, filingPassword(), locale());
        index(report.findings().stream().filter(f -> !f.field().startsWith("documents.")).toList(), false);
        if (type == OrderType.CHANGE) {
            Map<String, FieldChange> byField = new LinkedHashMap<>();
            applicant.changesAgainstRecord(callers.current(), orderNumber, snapshot).forEach(c -> byField.putIfAbsent(c.path(), c));
            changes = byField;
        }
    }

    /** The stored order, its documents included: what submission will be decided on. */
    private void recheckStored() {
        index(applicant.checkOrder(callers.current(), orderNumber, filingPassword(), locale()).findings(), true);
    }

    /** The password field was left: the catalogue proves it against the national record. */
    public void passwordLeft() {
        visited.add(FILING_PASSWORD);
        recheckStored();
    }

    /** Access filings (接入备案) carry the subject's filing password. */
    public boolean isPasswordNeeded() {
        return type == OrderType.ACCESS;
    }

    private String filingPassword() {
        return filingPassword == null || filingPassword.isBlank() ? null : filingPassword;
    }

    /** How many fields a change filing changes (shown at the top): 0 for other types. */
    public int getChangeCount() {
        return changes.size();
    }

    private void index(List<FindingView> all, boolean showAll) {
        Map<String, List<FindingView>> byField = new LinkedHashMap<>();
        for (FindingView finding : all) {
            byField.computeIfAbsent(finding.field(), f -> new ArrayList<>()).add(finding);
        }
        if (!showAll) {
            // Document findings come from the stored order; keep the last ones between field checks.
            findings.forEach((field, list) -> {
                if (field.startsWith("documents.")) {
                    byField.put(field, list);
                }
            });
        }
        findings = byField;
        if (showAll) {
            visited.addAll(byField.keySet());
        }
    }

    /**
     * What shows on a field: the reviewer's remark on it (from the start: the applicant came back to fix it),
     * then the catalogue's findings once it was left or once the confirm step showed everything.
     */
    public List<FindingView> findingsOn(String field) {
        List<FindingView> remarked = remarks.getOrDefault(field, List.of());
        List<FindingView> found = visited.contains(field) ? findings.getOrDefault(field, List.of()) : List.of();
        FieldChange change = changes.get(field);
        if (remarked.isEmpty() && change == null) {
            return found;
        }
        List<FindingView> all = new ArrayList<>(remarked);
        all.addAll(found);
        if (change != null) {
            // Not a finding: the mark of a change filing's edit, with what the record holds now.
            all.add(new FindingView(CHANGED, field, CHANGED, Messages.text("wizard.changed.hint",
                    change.before() == null ? "—" : change.before()), "", null, null, null, null));
        }
        return all;
    }

    /** The reviewer's open remarks, for the list at the top of every step. */
    public List<FindingView> getRemarks() {
        return remarks.values().stream().flatMap(List::stream).toList();
    }

    /** All findings of a step, for its summary ("还有 3 处需要修改"). */
    public List<FindingView> findingsOfStep(int stepIndex) {
        List<FindingView> of = new ArrayList<>();
        findings.forEach((field, list) -> {
            if (WizardSteps.ofField(field).ordinal() == stepIndex) {
                of.addAll(list);
            }
        });
        return of;
    }

    public List<FindingView> getAllFindings() {
        return findings.values().stream().flatMap(List::stream).toList();
    }

    public long errorsOfStep(int stepIndex) {
        return findingsOfStep(stepIndex).stream().filter(f -> "ERROR".equals(f.severity())).count();
    }

    /** Where an 修改 link of the confirm page goes: the step that holds the field. */
    public int stepOf(String field) {
        return WizardSteps.ofField(field).ordinal();
    }

    // ---- principal mobiles, confirmed by SMS code in the step

    /** Whether the person at {@code path} has a mobile the catalogue asks to confirm (MOBILE_NOT_CONFIRMED). */
    public boolean awaitsMobileCode(String path) {
        return findings.getOrDefault(path + ".mobile", List.of()).stream().anyMatch(f -> MOBILE_NOT_CONFIRMED.equals(f.code()));
    }

    /** Whether the mobile at {@code path} was confirmed on this page and has not changed since. */
    public boolean justConfirmed(String path) {
        return confirmedHere.contains(path) && !awaitsMobileCode(path);
    }

    public Cooldown mobileCooldown(String path) {
        return mobileCooldowns.computeIfAbsent(path, p -> new Cooldown());
    }

    public void sendMobileCode(PersonForm person, String path, String codeClientId) {
        Optional<String> mobile = MobileNumber.parse(person.getMobile()).map(MobileNumber::value);
        if (mobile.isEmpty()) {
            Messages.error(codeClientId, "mobile.invalid");
            return;
        }
        mobileCooldown(path).request(() -> applicant.sendPrincipalMobileCode(callers.current(), mobile.get()), codeClientId, "code.sentSms");
    }

    public void confirmMobile(PersonForm person, String path, String codeClientId) {
        Optional<String> mobile = MobileNumber.parse(person.getMobile()).map(MobileNumber::value);
        String code = person.getMobileCode() == null ? "" : person.getMobileCode().strip();
        if (mobile.isEmpty()) {
            Messages.error(codeClientId, "mobile.invalid");
        } else if (!code.matches("\\d{6}")) {
            Messages.error(codeClientId, code.isEmpty() ? "code.required" : "code.format");
        } else {
            try {
                applicant.confirmPrincipalMobile(callers.current(), mobile.get(), code);
                person.setMobileCode(null);
                confirmedHere.add(path);
                visited.add(path + ".mobile");
                recheck();
            } catch (VerificationCodeException e) {
                Messages.error(codeClientId, e.getMessageKey(), e.getArguments());
            }
        }
    }

    // ---- websites and lists

    public void addWebsite() {
        form.getWebsites().add(WebsiteForm.empty());
        changed();
    }

    public void removeWebsite(int index) {
        if (form.getWebsites().size() > 1) {
            form.getWebsites().remove(index);
            changed();
        }
    }

    public void addDomain(WebsiteForm website) {
        website.getDomains().add(new DomainItem());
        dirty = true;
    }

    public void removeDomain(WebsiteForm website, int index) {
        if (website.getDomains().size() > 1) {
            website.getDomains().remove(index);
            changed();
        }
    }

    public void addHomepage(WebsiteForm website) {
        website.getHomepageUrls().add(new TextItem());
        dirty = true;
    }

    public void removeHomepage(WebsiteForm website, int index) {
        if (website.getHomepageUrls().size() > 1) {
            website.getHomepageUrls().remove(index);
            changed();
        }
    }

    /** A resource of the account was chosen: its kind and public IP go with it. */
    public void cloudChosen(WebsiteForm website) {
        getCloudResources().stream().filter(r -> r.instanceId().equals(website.getCloudServiceReference())).findFirst()
                .ifPresent(r -> {
                    website.setCloudServiceKind(r.kind());
                    website.setCloudServicePublicIp(r.publicIp());
                });
        leave("websites[" + form.getWebsites().indexOf(website) + "].cloudServices[0]");
    }

    /** 前置或专项审批内容类型, as the seed lists them; NONE is 以上都不涉及. */
    public List<String> getPreApprovalTypes() {
        return Arrays.stream(PreApprovalType.values()).map(Enum::name).toList();
    }

    /** 网站语言: the languages the desk offers. */
    public List<String> getWebsiteLanguages() {
        return WEBSITE_LANGUAGES;
    }

    /** The nature decides which certificate types exist: a type the new nature does not allow is cleared. */
    public void natureChanged() {
        String nature = form.getSubject().getNature();
        if (nature == null || getCertificateTypes().stream().noneMatch(c -> c.code().equals(form.getSubject().getCertificateType()))) {
            form.getSubject().setCertificateType(null);
        }
        changed();
    }

    public void provinceChanged() {
        form.getSubject().setCityCode(null);
        form.getSubject().setDistrictCode(null);
        changed();
    }

    public void cityChanged() {
        form.getSubject().setDistrictCode(null);
        changed();
    }

    // ---- documents

    public List<UploadSlot> getSlots() {
        Set<String> asked = new HashSet<>();
        findings.keySet().stream().filter(f -> f.startsWith("documents.")).forEach(f -> asked.add(f.substring("documents.".length())));
        List<UploadSlot> slots = uploadSlots.of(form, type != OrderType.ADD_WEBSITE_SUBJECT_HERE, attached, separateSides, asked, locale());
        if (type != OrderType.CHANGE) {
            return slots;
        }
        // A change filing uploads again only what the checks ask for (a changed principal's documents, …).
        return slots.stream().filter(slot -> slot.attached()
                || asked.stream().anyMatch(p -> p.startsWith(slot.purpose()) || slot.purpose().startsWith(p))).toList();
    }

    /** "上传 深圳示例科技有限公司 的工商营业执照（证件号码：…）" in the page's language. */
    public String slotLabel(UploadSlot slot) {
        String detail = slot.detailKey() == null ? slot.detail() : Messages.text(slot.detailKey());
        return Messages.text(slot.labelKey(), slot.owner(), detail);
    }

    /** The purpose an identity slot belongs to, without its side (…principal.id), for the sides switch. */
    public String identityOf(UploadSlot slot) {
        String purpose = slot.purpose();
        return purpose.endsWith(".front") || purpose.endsWith(".back") || purpose.endsWith(".both")
                ? purpose.substring(0, purpose.lastIndexOf('.')) : null;
    }

    public boolean isSeparateSides(String idPurpose) {
        return separateSides.getOrDefault(idPurpose, false);
    }

    public void setSeparateSides(String idPurpose, boolean separate) {
        separateSides.put(idPurpose, separate);
    }

    public void toggleSides(String idPurpose) {
        separateSides.put(idPurpose, !isSeparateSides(idPurpose));
    }

    /** p:fileUpload (auto): stored in the library, attached for the slot's purpose; a refused file says why on the slot. */
    public void upload(FileUploadEvent event) {
        String purpose = (String) event.getComponent().getAttributes().get("purpose");
        DocumentKind kind = DocumentKind.valueOf(String.valueOf(event.getComponent().getAttributes().get("kind")));
        String clientId = event.getComponent().getClientId();
        UploadedFile file = event.getFile();
        try {
            DocumentView stored = applicant.uploadDocument(callers.current(), kind, file.getFileName(), file.getContent());
            attach(purpose, stored.id());
        } catch (BusinessException e) {
            // The earlier file stays attached: nothing is replaced by a refused one.
            FacesContext.getCurrentInstance().addMessage(clientId,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(e.getMessageKey(), e.getArguments()), null));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** From the account's library (资料库): attach an earlier upload. */
    public void reuse(String purpose, long documentId) {
        attach(purpose, documentId);
    }

    public void remove(String purpose) {
        applicant.detachDocument(callers.current(), orderNumber, purpose);
        refreshAttachments();
        recheckStored();
    }

    private void attach(String purpose, long documentId) {
        applicant.attachDocument(callers.current(), orderNumber, documentId, purpose);
        refreshAttachments();
        recheckStoredDocuments();
    }

    /**
     * Attaching moved the order's version by one: take it (and the attachments) and keep the form. Moved
     * by more, another tab changed the order too: say so rather than save over it later.
     */
    private void refreshAttachments() {
        long expected = version + 1;
        OrderView order = applicant.getOrder(callers.current(), orderNumber);
        if (order.version() != expected && !conflict) {
            conflict = true;
            Messages.error(null, "wizard.conflict", orderNumber);
        }
        long kept = version;
        take(order);
        if (conflict) {
            version = kept;
        }
    }

    private void recheckStoredDocuments() {
        Map<String, List<FindingView>> kept = new LinkedHashMap<>();
        findings.forEach((field, list) -> {
            if (!field.startsWith("documents.")) {
                kept.put(field, list);
            }
        });
        for (FindingView finding : applicant.checkOrder(callers.current(), orderNumber, null, locale()).findings()) {
            if (finding.field().startsWith("documents.")) {
                kept.computeIfAbsent(finding.field(), f -> new ArrayList<>()).add(finding);
                visited.add(finding.field());
            }
        }
        findings = kept;
    }

    public List<DocumentView> library(String kind) {
        DocumentKind wanted = DocumentKind.valueOf(kind);
        return applicant.myDocuments(callers.current(), 0, 50).stream().filter(d -> d.kind() == wanted).toList();
    }

    // ---- submission

    /** 提交初审: refused with every finding listed (each links to its field) while errors remain; a double click submits once. */
    public String submit() throws IOException {
        if (!save()) {
            return null;
        }
        try {
            OrderView submitted = applicant.submit(callers.current(), new SubmitRequest(orderNumber, version, agreed, clientKey, filingPassword()));
            return "/portal/order?faces-redirect=true&submitted=true&order=" + submitted.orderNumber();
        } catch (ChecksFailedException e) {
            recheckStored();
            Messages.error(null, e.getMessageKey(), e.getArguments());
            return null;
        }
    }

    // ---- what the pages read

    public List<Choice> getProvinces() {
        return applicant.regions(null, locale());
    }

    public List<Choice> getCities() {
        String province = form.getSubject().getProvinceCode();
        return province == null ? List.of() : applicant.regions(province, locale());
    }

    public List<Choice> getDistricts() {
        String city = form.getSubject().getCityCode();
        return city == null ? List.of() : applicant.regions(city, locale());
    }

    public List<Choice> getNatures() {
        return applicant.natures(locale());
    }

    public List<Choice> getCertificateTypes() {
        String nature = form.getSubject().getNature();
        return nature == null ? List.of() : applicant.certificateTypes(nature, locale());
    }

    /** The types a responsible person may hold: those of individuals. */
    public List<Choice> getPersonCertificateTypes() {
        return applicant.certificateTypes("INDIVIDUAL", locale());
    }

    public List<CloudResourceView> getCloudResources() {
        return applicant.myCloudResources(callers.current());
    }

    public boolean isIndividual() {
        return "INDIVIDUAL".equals(form.getSubject().getNature());
    }

    /** A change filing edits the filed websites it names; adding one is an add-website filing. */
    public boolean isWebsitesFixed() {
        return type == OrderType.CHANGE;
    }

    /** Add-website filings with the subject filed here show the subject read-only. */
    public boolean isSubjectReadOnly() {
        return type == OrderType.ADD_WEBSITE_SUBJECT_HERE;
    }

    public String choiceLabel(List<Choice> choices, String code) {
        return choices.stream().filter(c -> c.code().equals(code)).map(Choice::label).findFirst().orElse(code == null ? "" : code);
    }

    private void take(OrderView order) {
        orderNumber = order.orderNumber();
        version = order.version();
        type = order.type();
        state = order.state();
        reviewDueAt = order.reviewDueAt();
        Map<String, Long> documents = new LinkedHashMap<>();
        for (AttachedDocument d : order.documents()) {
            documents.put(d.purpose(), d.documentId());
        }
        attached = documents;
        Map<String, List<FindingView>> byField = new LinkedHashMap<>();
        for (OrderView.Remark remark : order.remarks()) {
            byField.computeIfAbsent(remark.fieldPath(), f -> new ArrayList<>()).add(new FindingView(REVIEW_REMARK, remark.fieldPath(), "ERROR",
                    Messages.text("wizard.remark", remark.reason()), remark.suggestion() == null ? "" : remark.suggestion(),
                    null, null, null, null));
        }
        remarks = byField;
    }

    private Locale locale() {
        return localeSelection.getLocale();
    }

    public String getOrderNumber() { return orderNumber; }
    public void setOrderNumber(String orderNumber) { this.orderNumber = orderNumber; }
    public int getStep() { return step; }
    public void setStep(int step) { this.step = step; }
    public DraftForm getForm() { return form; }
    public OrderType getType() { return type; }
    public OrderState getState() { return state; }
    public boolean isConflict() { return conflict; }
    public Instant getSavedAt() { return savedAt; }
    public boolean isAgreed() { return agreed; }
    public void setAgreed(boolean agreed) { this.agreed = agreed; }
    public String getFilingPassword() { return filingPassword; }
    public void setFilingPassword(String filingPassword) { this.filingPassword = filingPassword; }
    public long getVersion() { return version; }
}
