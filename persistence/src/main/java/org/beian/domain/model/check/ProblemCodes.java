package org.beian.domain.model.check;

import java.util.List;
import java.util.stream.Stream;
import org.beian.domain.model.check.address.AddressProblem;
import org.beian.domain.model.check.domain.DomainProblem;
import org.beian.domain.model.check.identity.IdentityProblem;
import org.beian.domain.model.check.name.NameProblem;
import org.beian.domain.model.check.phone.PhoneProblem;

/**
 * Every problem code the checks can report, so that the message catalogue can be tested for
 * completeness. A new problem enum must be added here (a test fails otherwise).
 */
public final class ProblemCodes {

    private static final List<Class<? extends Enum<? extends ProblemCode>>> FAMILIES = List.of(
            IdentityProblem.class, DomainProblem.class, PhoneProblem.class, NameProblem.class, AddressProblem.class);

    private ProblemCodes() {}

    public static List<Class<? extends Enum<? extends ProblemCode>>> families() {
        return FAMILIES;
    }

    public static List<ProblemCode> all() {
        return FAMILIES.stream()
                .flatMap(family -> Stream.of(family.getEnumConstants()))
                .map(ProblemCode.class::cast)
                .toList();
    }
}
