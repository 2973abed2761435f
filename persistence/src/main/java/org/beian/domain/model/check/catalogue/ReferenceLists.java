package org.beian.domain.model.check.catalogue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.beian.domain.model.check.name.PlaceNames;
import org.beian.domain.model.reference.ReferenceData;

/**
 * The reference data the catalogue reads, as plain values: fileable suffixes, the certificate types each
 * subject nature allows (nature_certificate_types.csv), and display names for arguments.
 *
 * @param certificateTypesByNature allowed pairs; the types of nature INDIVIDUAL are the personal ones,
 *                                 which responsible persons must hold
 * @param placeNames               the division names (divisions.csv) personal website names may not contain
 */
public record ReferenceLists(Set<String> fileableSuffixes, Map<String, Set<String>> certificateTypesByNature,
                             Map<String, Name> natureNames, Map<String, Name> certificateTypeNames,
                             Map<String, String> provinceNames, PlaceNames placeNames) {

    /** A name in both languages of the desk. */
    public record Name(String zh, String en) {}

    public ReferenceLists {
        fileableSuffixes = Set.copyOf(fileableSuffixes);
        certificateTypesByNature = Map.copyOf(certificateTypesByNature);
        natureNames = Map.copyOf(natureNames);
        certificateTypeNames = Map.copyOf(certificateTypeNames);
        provinceNames = Map.copyOf(provinceNames);
        placeNames = placeNames == null ? PlaceNames.of(List.of()) : placeNames;
    }

    /** Reference lists without place names (callers that do not check personal website names). */
    public ReferenceLists(Set<String> fileableSuffixes, Map<String, Set<String>> certificateTypesByNature,
                          Map<String, Name> natureNames, Map<String, Name> certificateTypeNames,
                          Map<String, String> provinceNames) {
        this(fileableSuffixes, certificateTypesByNature, natureNames, certificateTypeNames, provinceNames, null);
    }

    public static ReferenceLists from(ReferenceData data) {
        Map<String, Set<String>> allowed = new LinkedHashMap<>();
        Map<String, Name> natures = new LinkedHashMap<>();
        Map<String, Name> certificateTypes = new LinkedHashMap<>();
        Map<String, List<ReferenceData.NamedCode>> typesByNature = data.certificateTypesByNature();
        for (ReferenceData.NamedCode nature : data.listNatures()) {
            natures.put(nature.code(), new Name(nature.nameZh(), nature.nameEn()));
            List<ReferenceData.NamedCode> types = typesByNature.getOrDefault(nature.code(), List.of());
            allowed.put(nature.code(), types.stream().map(ReferenceData.NamedCode::code).collect(Collectors.toSet()));
            types.forEach(type -> certificateTypes.put(type.code(), new Name(type.nameZh(), type.nameEn())));
        }
        List<ReferenceData.Province> provinceList = data.listProvinces();
        Map<String, String> provinces = provinceList.stream()
                .collect(Collectors.toMap(ReferenceData.Province::code, ReferenceData.Province::name));
        // Every division name a personal website may not carry: the provinces and all divisions below them.
        List<String> places = new ArrayList<>(provinces.values());
        places.addAll(data.listDivisionNames());
        return new ReferenceLists(data.fileableSuffixes(), allowed, natures, certificateTypes, provinces, PlaceNames.of(places));
    }

    public boolean allows(String nature, String certificateType) {
        return certificateTypesByNature.getOrDefault(nature, Set.of()).contains(certificateType);
    }

    public boolean isPersonalCertificateType(String certificateType) {
        return allows(SubjectNatures.INDIVIDUAL, certificateType);
    }
}
