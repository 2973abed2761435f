package org.beian.domain.model.filing.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.beian.domain.model.filing.FilingSnapshot;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;
import org.junit.jupiter.api.Test;

class SnapshotChangesTest {

    private final FilingSnapshot original = TestOrders.snapshot();

    @Test
    void equalSnapshotsHaveNoChanges() {
        assertEquals(List.of(), SnapshotChanges.between(original, TestOrders.snapshot()));
    }

    @Test
    void filledListsEveryFieldWithAValueInTheSnapshotsOrder() {
        List<FieldChange> fields = SnapshotChanges.filled(original);
        assertEquals(original.subject().name(), fields.stream().filter(f -> f.path().equals("subject.name")).findFirst().orElseThrow().after());
        assertEquals(original.subject().principal().mobile(), fields.stream()
                .filter(f -> f.path().equals("subject.principal.mobile")).findFirst().orElseThrow().after());
        assertEquals(original.websites().get(0).name(), fields.stream()
                .filter(f -> f.path().equals("websites[0].name")).findFirst().orElseThrow().after());
        List<String> paths = fields.stream().map(FieldChange::path).toList();
        org.junit.jupiter.api.Assertions.assertTrue(paths.indexOf("subject.name") < paths.indexOf("websites[0].name"), paths.toString());
        org.junit.jupiter.api.Assertions.assertTrue(fields.stream().allMatch(f -> f.before() == null && f.after() != null), "only filled");
    }

    @Test
    void emptyAndMissingCountAsTheSame() {
        FilingSnapshot blankRemark = new FilingSnapshot(withRemark(""), original.websites());
        assertEquals(List.of(), SnapshotChanges.between(original, blankRemark));
        assertEquals(List.of(new FieldChange("subject.remark", null, "个体工商户无公章")),
                SnapshotChanges.between(blankRemark, new FilingSnapshot(withRemark("个体工商户无公章"), original.websites())));
    }

    @Test
    void aNestedFieldIsNamedByItsPath() {
        PersonData principal = original.subject().principal();
        PersonData corrected = new PersonData(principal.name(), principal.certificateType(), principal.certificateNumber(),
                "086-0571-88888889", principal.mobile(), principal.email());
        FilingSnapshot after = new FilingSnapshot(withPrincipal(corrected), original.websites());

        assertEquals(List.of(new FieldChange("subject.principal.officePhone", "086-0571-88888888", "086-0571-88888889")),
                SnapshotChanges.between(original, after));
    }

    @Test
    void aListOfValuesIsComparedWhole() {
        WebsiteData website = original.websites().get(0);
        WebsiteData corrected = new WebsiteData(website.name(), List.of("example.com", "example.cn"), website.homepageUrls(),
                website.serviceContent(), website.preApprovalTypes(), website.languages(), website.remark(),
                website.principalSameAsSubject(), website.principal(), website.cloudServices(), website.icpNumber());

        assertEquals(List.of(new FieldChange("websites[0].domains", "[example.com]", "[example.com, example.cn]")),
                SnapshotChanges.between(original, new FilingSnapshot(original.subject(), List.of(corrected))));
    }

    @Test
    void anAddedRecordListsItsFilledFields() {
        WebsiteData website = original.websites().get(0);
        PersonData principal = new PersonData("李娜", null, null, null, "13900139000", null);
        WebsiteData own = new WebsiteData(website.name(), website.domains(), website.homepageUrls(), website.serviceContent(),
                website.preApprovalTypes(), website.languages(), website.remark(), false, principal, website.cloudServices(),
                website.icpNumber());

        assertEquals(List.of(
                new FieldChange("websites[0].principalSameAsSubject", "true", "false"),
                new FieldChange("websites[0].principal.name", null, "李娜"),
                new FieldChange("websites[0].principal.mobile", null, "13900139000")),
                SnapshotChanges.between(original, new FilingSnapshot(original.subject(), List.of(own))));
    }

    @Test
    void anAddedWebsiteIsNamedByItsPosition() {
        List<WebsiteData> websites = new ArrayList<>(original.websites());
        WebsiteData second = new WebsiteData("示例商城", List.of("example.shop"), null, null, null, null, null, true, null,
                null, null);
        websites.add(second);

        assertEquals(List.of(
                new FieldChange("websites[1].name", null, "示例商城"),
                new FieldChange("websites[1].domains", null, "[example.shop]"),
                new FieldChange("websites[1].principalSameAsSubject", null, "true")),
                SnapshotChanges.between(original, new FilingSnapshot(original.subject(), websites)));
    }

    private SubjectData withPrincipal(PersonData principal) {
        SubjectData s = original.subject();
        return new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(),
                s.mailingAddress(), s.remark(), principal, s.icpNumber());
    }

    private SubjectData withRemark(String remark) {
        SubjectData s = original.subject();
        return new SubjectData(s.provinceCode(), s.cityCode(), s.districtCode(), s.nature(), s.certificateType(),
                s.certificateNumber(), s.name(), s.certificateAddress(), s.investor(), s.legalRepresentative(),
                s.mailingAddress(), remark, s.principal(), s.icpNumber());
    }
}
