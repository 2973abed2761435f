package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.beian.domain.model.filing.CloudServiceData;
import org.beian.domain.model.filing.PersonData;
import org.beian.domain.model.filing.SubjectData;
import org.beian.domain.model.filing.WebsiteData;

/** Mutable stand-ins for the snapshot records, so a test can change one field of a valid order. */
final class Drafts {

    private Drafts() {}

    static final class Person {
        String name;
        String certificateType;
        String certificateNumber;
        String officePhone;
        String mobile;
        String email;
        String emergencyPhone;

        Person(String name, String certificateType, String certificateNumber, String officePhone, String mobile, String email) {
            this.name = name;
            this.certificateType = certificateType;
            this.certificateNumber = certificateNumber;
            this.officePhone = officePhone;
            this.mobile = mobile;
            this.email = email;
        }

        void set(String field, String value) {
            switch (field) {
                case "name" -> name = value;
                case "certificateType" -> certificateType = value;
                case "certificateNumber" -> certificateNumber = value;
                case "officePhone" -> officePhone = value;
                case "mobile" -> mobile = value;
                case "email" -> email = value;
                case "emergencyPhone" -> emergencyPhone = value;
                default -> throw new IllegalArgumentException("no person field " + field);
            }
        }

        PersonData toData() {
            return new PersonData(name, certificateType, certificateNumber, officePhone, mobile, email, emergencyPhone);
        }
    }

    static final class Subject {
        String provinceCode;
        String cityCode;
        String districtCode;
        String nature;
        String certificateType;
        String certificateNumber;
        String name;
        String certificateAddress;
        String investor;
        String legalRepresentative;
        String mailingAddress;
        String remark;
        Person principal;
        String icpNumber;

        void set(String field, String value) {
            switch (field) {
                case "provinceCode" -> provinceCode = value;
                case "cityCode" -> cityCode = value;
                case "districtCode" -> districtCode = value;
                case "nature" -> nature = value;
                case "certificateType" -> certificateType = value;
                case "certificateNumber" -> certificateNumber = value;
                case "name" -> name = value;
                case "certificateAddress" -> certificateAddress = value;
                case "investor" -> investor = value;
                case "legalRepresentative" -> legalRepresentative = value;
                case "mailingAddress" -> mailingAddress = value;
                case "remark" -> remark = value;
                case "icpNumber" -> icpNumber = value;
                default -> throw new IllegalArgumentException("no subject field " + field);
            }
        }

        SubjectData toData() {
            return new SubjectData(provinceCode, cityCode, districtCode, nature, certificateType, certificateNumber, name,
                    certificateAddress, investor, legalRepresentative, mailingAddress, remark,
                    principal == null ? null : principal.toData(), icpNumber);
        }
    }

    static final class Website {
        String name;
        List<String> domains = new ArrayList<>();
        List<String> homepageUrls = new ArrayList<>();
        String serviceContent;
        List<String> preApprovalTypes = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        String remark;
        boolean principalSameAsSubject = true;
        Person principal;
        List<CloudServiceData> cloudServices = new ArrayList<>();
        String icpNumber;
        List<org.beian.domain.model.filing.DomainRegistration> registrations = new ArrayList<>();

        Website copy() {
            Website copy = new Website();
            copy.name = name;
            copy.domains = new ArrayList<>(domains);
            copy.homepageUrls = new ArrayList<>(homepageUrls);
            copy.serviceContent = serviceContent;
            copy.preApprovalTypes = new ArrayList<>(preApprovalTypes);
            copy.languages = new ArrayList<>(languages);
            copy.remark = remark;
            copy.principalSameAsSubject = principalSameAsSubject;
            copy.principal = principal;
            copy.cloudServices = new ArrayList<>(cloudServices);
            copy.icpNumber = icpNumber;
            copy.registrations = new ArrayList<>(registrations);
            return copy;
        }

        void set(String field, String value) {
            switch (field) {
                case "name" -> name = value;
                case "domains" -> domains = list(value);
                case "homepageUrls" -> homepageUrls = list(value);
                case "serviceContent" -> serviceContent = value;
                case "preApprovalTypes" -> preApprovalTypes = list(value);
                case "languages" -> languages = list(value);
                case "remark" -> remark = value;
                case "principalSameAsSubject" -> principalSameAsSubject = Boolean.parseBoolean(value);
                case "icpNumber" -> icpNumber = value;
                case "registrations" -> registrations = list(value).stream().map(Website::registration).toList();
                case "cloudServices" -> cloudServices = list(value).stream().map(Website::cloudService).toList();
                default -> throw new IllegalArgumentException("no website field " + field);
            }
        }

        /** domain:expiresOn:registrant, e.g. qingshan.com:2027-06-30:杭州青山软件有限公司 (blank parts are null). */
        static org.beian.domain.model.filing.DomainRegistration registration(String value) {
            String[] parts = value.split(":", -1);
            return new org.beian.domain.model.filing.DomainRegistration(parts[0], blank(parts, 1), blank(parts, 2));
        }

        private static String blank(String[] parts, int i) {
            return i < parts.length && !parts[i].isEmpty() ? parts[i] : null;
        }

        /** KIND:reference, e.g. SERVER:ins-hz-001 or AUTHORISATION_CODE:BA12345. */
        private static CloudServiceData cloudService(String value) {
            int colon = value.indexOf(':');
            return colon < 0 ? new CloudServiceData(value, null, null)
                    : new CloudServiceData(value.substring(0, colon), value.substring(colon + 1), null);
        }

        WebsiteData toData() {
            return new WebsiteData(name, domains, homepageUrls, serviceContent, preApprovalTypes, languages, remark,
                    principalSameAsSubject, principalSameAsSubject || principal == null ? null : principal.toData(),
                    cloudServices, icpNumber, registrations);
        }
    }

    /** "a|b|c" as a list; blank is the empty list ("a||b" holds a blank entry). */
    static List<String> list(String value) {
        if (value == null || value.isEmpty()) {
            return new ArrayList<>();
        }
        return new ArrayList<>(Arrays.asList(value.split("\\|", -1)));
    }
}
