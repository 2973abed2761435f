package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;

/** All findings of one evaluation; submission is blocked while any is an ERROR. */
public record CheckReport(boolean submittable, int errors, int warnings, List<FindingView> findings) implements Serializable {

    public static CheckReport of(List<FindingView> findings) {
        int errors = (int) findings.stream().filter(f -> "ERROR".equals(f.severity())).count();
        return new CheckReport(errors == 0, errors, findings.size() - errors, List.copyOf(findings));
    }
}
