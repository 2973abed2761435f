package org.beian.infrastructure.pdf;

import static org.beian.infrastructure.pdf.FormCells.label;
import static org.beian.infrastructure.pdf.FormCells.value;

import com.lowagie.text.pdf.PdfPTable;
import java.util.List;
import java.util.stream.Collectors;
import org.beian.domain.model.check.catalogue.SubjectNatures;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;

/**
 * Sections one and two of the form: every field of the subject and of one website, each with its
 * principal, unmasked (the applicant prints their own data). Values print as the snapshot holds them;
 * codes print as names.
 */
final class FilingDataSection {

    private final FormText text;
    private final ReferenceNames names;

    FilingDataSection(FormText text, ReferenceNames names) {
        this.text = text;
        this.names = names;
    }

    void addSubject(PdfPTable grid, SubjectData subject) {
        grid.addCell(FormCells.section(text.get("section.subject")));
        wide(grid, "subject.name", subject.name());
        pair(grid, "subject.nature", names.nature(subject.nature(), text.locale()),
                "subject.region", names.region(subject.provinceCode(), subject.cityCode(), subject.districtCode()));
        pair(grid, "subject.certificateType", names.certificateType(subject.certificateType(), text.locale()),
                "subject.certificateNumber", subject.certificateNumber());
        wide(grid, "subject.certificateAddress", subject.certificateAddress());
        wide(grid, "subject.mailingAddress", subject.mailingAddress());
        if (!SubjectNatures.isIndividual(subject.nature())) {
            pair(grid, "subject.investor", subject.investor(),
                    "subject.legalRepresentative", subject.legalRepresentative());
        }
        if (present(subject.icpNumber())) {
            wide(grid, "subject.icpNumber", subject.icpNumber());
        }
        wide(grid, "subject.remark", subject.remark());
        addPerson(grid, text.get("subject.principal"), subject.principal());
    }

    void addWebsite(PdfPTable grid, WebsiteData website, PersonData subjectPrincipal) {
        grid.addCell(FormCells.section(text.get("section.website")));
        wide(grid, "website.name", website.name());
        if (present(website.icpNumber())) {
            wide(grid, "website.icpNumber", website.icpNumber());
        }
        pair(grid, "website.domains", lines(website.domains()), "website.homepageUrls", lines(website.homepageUrls()));
        pair(grid, "website.serviceContent", text.code(website.serviceContent()),
                "website.languages", text.languages(website.languages()));
        wide(grid, "website.preApprovalTypes", text.codes(website.preApprovalTypes()));
        wide(grid, "website.cloudServices", lines(website.cloudServices().stream().map(this::cloudService).toList()));
        wide(grid, "website.remark", website.remark());
        if (website.principalSameAsSubject()) {
            addPerson(grid, text.get("website.principal.same"), subjectPrincipal);
        } else {
            addPerson(grid, text.get("website.principal"), website.principal());
        }
    }

    void addNoWebsite(PdfPTable grid) {
        grid.addCell(FormCells.section(text.get("section.website")));
        grid.addCell(value(text.get("website.none"), FormCells.COLUMNS));
    }

    private void addPerson(PdfPTable grid, String heading, PersonData person) {
        PersonData p = person == null ? new PersonData(null, null, null, null, null, null) : person;
        grid.addCell(FormCells.subsection(heading));
        pair(grid, "person.name", p.name(), "person.certificateType", names.certificateType(p.certificateType(), text.locale()));
        pair(grid, "person.certificateNumber", p.certificateNumber(), "person.officePhone", p.officePhone());
        pair(grid, "person.mobile", p.mobile(), "person.email", p.email());
    }

    private String cloudService(CloudServiceData service) {
        String kind = text.code(service.kind());
        String reference = service.reference() == null ? "" : service.reference();
        return present(service.publicIp())
                ? text.format("website.cloudService.ip", kind, reference, service.publicIp())
                : text.format("website.cloudService", kind, reference);
    }

    private void wide(PdfPTable grid, String labelKey, String value) {
        grid.addCell(label(text.get(labelKey)));
        grid.addCell(value(value, FormCells.COLUMNS - 1));
    }

    private void pair(PdfPTable grid, String firstKey, String first, String secondKey, String second) {
        grid.addCell(label(text.get(firstKey)));
        grid.addCell(value(first, 1));
        grid.addCell(label(text.get(secondKey)));
        grid.addCell(value(second, 1));
    }

    private static String lines(List<String> values) {
        return values.stream().filter(FilingDataSection::present).collect(Collectors.joining("\n"));
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
