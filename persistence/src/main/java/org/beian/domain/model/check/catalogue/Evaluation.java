package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.beian.domain.model.check.Problem;
import org.beian.domain.model.check.Text;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.beian.domain.model.reference.ProvinceRules;

/** One run of the catalogue over one request: the request, its scope, and the findings so far. */
final class Evaluation {

    private final CheckRequest request;
    private final CheckScope scope;
    private final List<Finding> findings = new ArrayList<>();

    Evaluation(CheckRequest request) {
        this.request = request;
        this.scope = CheckScope.of(request.type());
    }

    CheckRequest request() {
        return request;
    }

    CheckScope scope() {
        return scope;
    }

    CheckContext context() {
        return request.context();
    }

    FilingSnapshot snapshot() {
        return request.snapshot();
    }

    /** The subject, or null when the order carries none (some change and cancellation orders). */
    SubjectData subject() {
        return request.snapshot().subject();
    }

    List<WebsiteData> websites() {
        return request.snapshot().websites();
    }

    boolean individual() {
        return subject() != null && SubjectNatures.isIndividual(subject().nature());
    }

    /** The subject principal, or null. */
    PersonData subjectPrincipal() {
        return subject() == null ? null : subject().principal();
    }

    /** Website {@code i}'s principal as it applies: the subject principal when "same as subject". */
    PersonData websitePrincipal(int i) {
        WebsiteData website = websites().get(i);
        return website.principalSameAsSubject() ? subjectPrincipal() : website.principal();
    }

    /** Whether website {@code i}'s principal is the subject principal (ticked, or the same certificate). */
    boolean websitePrincipalIsSubjectPrincipal(int i) {
        WebsiteData website = websites().get(i);
        return website.principalSameAsSubject() || Persons.samePerson(website.principal(), subjectPrincipal());
    }

    Optional<ProvinceRules.Applied> provinceRule(String key) {
        return request.provinceRules().find(key);
    }

    boolean hasDocument(String purpose) {
        return context().attachedDocumentPurposes().contains(purpose);
    }

    /** An identity document: one image with both sides, or front and back. */
    boolean hasIdentityDocument(String purpose) {
        return hasDocument(purpose + DocumentPurposes.BOTH)
                || hasDocument(purpose + DocumentPurposes.FRONT) && hasDocument(purpose + DocumentPurposes.BACK);
    }

    static boolean present(String value) {
        return !Text.fold(value).isEmpty();
    }

    /**
     * Whether a value is there to be checked further. A blank value is a FIELD_REQUIRED error when the
     * order must be complete, and silently skipped otherwise (change orders hold only what changes).
     */
    boolean require(String field, String value) {
        if (present(value)) {
            return true;
        }
        if (scope.complete()) {
            add(Rule.FIELD_REQUIRED, field);
        }
        return false;
    }

    void add(Rule rule, String field, Object... arguments) {
        addApplied(rule, field, null, arguments);
    }

    void addApplied(Rule rule, String field, ProvinceRules.Applied applied, Object... arguments) {
        List<Finding.Argument> converted = new ArrayList<>();
        for (Object argument : arguments) {
            converted.add(argument instanceof Finding.Argument a ? a : Finding.Argument.of(argument));
        }
        findings.add(new Finding(rule, field, converted, applied));
    }

    /** A primitive's problems as findings on one field, through the mapping table. */
    void addProblems(String field, List<Problem> problems) {
        for (Problem problem : problems) {
            add(ProblemRules.ruleFor(problem), field, problem.arguments().toArray());
        }
    }

    Finding.Argument provinceName(String provinceCode) {
        String name = request.reference().provinceNames().get(provinceCode);
        return name == null ? Finding.Argument.of(provinceCode) : Finding.Argument.named(provinceCode, name, name);
    }

    Finding.Argument natureName(String nature) {
        ReferenceLists.Name name = request.reference().natureNames().get(nature);
        return name == null ? Finding.Argument.of(nature) : Finding.Argument.named(nature, name.zh(), name.en());
    }

    Finding.Argument certificateTypeName(String type) {
        ReferenceLists.Name name = request.reference().certificateTypeNames().get(type);
        return name == null ? Finding.Argument.of(type) : Finding.Argument.named(type, name.zh(), name.en());
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
