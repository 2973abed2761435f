package org.beian.domain.model.check.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beian.domain.model.reference.ProvinceRules;
import org.junit.jupiter.api.Test;

/**
 * Province rules are data: changing a value (as an administrator would edit a province's row) changes the
 * outcome with no code change, and the finding names the row that applied.
 */
class ProvinceRuleValuesTest {

    private static List<Finding> of(Rule rule, List<Finding> findings) {
        return findings.stream().filter(finding -> finding.rule() == rule).toList();
    }

    @Test
    void guangdongMaximumOfWebsitesLoweredFromFourToTwo() {
        assertEquals(List.of(), Scenario.of("province=440000;websites=3").evaluate());

        List<Finding> findings = Scenario.of("province=440000;websites=3")
                .rule("order.max_websites.organisation", "2").evaluate();

        List<Finding> tooMany = of(Rule.ORDER_TOO_MANY_WEBSITES, findings);
        assertEquals(1, tooMany.size(), findings::toString);
        assertEquals(List.of("3", "2"), tooMany.get(0).argumentValues());
        ProvinceRules.Applied applied = tooMany.get(0).provinceRule().orElseThrow();
        assertEquals("order.max_websites.organisation", applied.key());
        assertEquals("2", applied.value());
        assertEquals("440000", applied.provinceCode());
        assertEquals("test override", applied.source());
    }

    @Test
    void findingNamesTheProvinceRowOrTheNationalDefault() {
        ProvinceRules.Applied guangdong = of(Rule.ORDER_TOO_MANY_WEBSITES,
                Scenario.of("province=440000;websites=5").evaluate()).get(0).provinceRule().orElseThrow();
        assertEquals("440000", guangdong.provinceCode());
        assertEquals("4", guangdong.value());
        assertTrue(guangdong.source().contains("Guangdong"), guangdong.source());

        ProvinceRules.Applied zhejiang = of(Rule.ORDER_TOO_MANY_WEBSITES,
                Scenario.of("base=individual;websites=2").evaluate()).get(0).provinceRule().orElseThrow();
        assertEquals("000000", zhejiang.provinceCode());
        assertEquals("1", zhejiang.value());
    }

    @Test
    void countryCodeDomainsAllowedAgainInBeijing() {
        String edits = "province=110000;rule.website.max_domains=0;websites[0].domains=qingshan.com|qingshan.cc";
        assertEquals(1, of(Rule.DOMAIN_COUNTRY_CODE_NOT_ACCEPTED, Scenario.of(edits).evaluate()).size());
        assertEquals(List.of(), Scenario.of(edits).rule("domain.country_code_allowed", "true").evaluate());
    }

    @Test
    void zhejiangStartsRequiringEighteenYearOldPrincipals() {
        String edits = "subject.principal.certificateNumber=age:17:M;websites[0].principal=new";
        assertEquals(List.of(), Scenario.of(edits).evaluate());
        List<Finding> findings = Scenario.of(edits).rule("subject_principal.min_age.organisation", "18").evaluate();
        assertEquals(List.of("17", "18"), of(Rule.SUBJECT_PRINCIPAL_TOO_YOUNG, findings).get(0).argumentValues());
    }

    @Test
    void aProvinceStartsAskingForAFingerprint() {
        assertEquals(List.of(), Scenario.of("").evaluate());
        List<Finding> findings = Scenario.of("").rule("verification_form.fingerprint", "true").evaluate();
        assertEquals(1, of(Rule.VERIFICATION_FORM_FINGERPRINT, findings).size());
    }
}
