package org.beian.domain.model.check.catalogue;

import org.beian.domain.model.check.Text;
import org.beian.domain.model.filing.PersonData;

/** Comparing responsible persons: the same certificate number is the same person. */
final class Persons {

    private Persons() {}

    static boolean samePerson(PersonData a, PersonData b) {
        if (a == null || b == null) {
            return false;
        }
        String numberA = Text.compactUpper(a.certificateNumber());
        String numberB = Text.compactUpper(b.certificateNumber());
        if (!numberA.isEmpty() && !numberB.isEmpty()) {
            return numberA.equals(numberB);
        }
        // Without both numbers (a change order, a draft) the name is the best evidence there is.
        String nameA = Text.fold(a.name());
        return !nameA.isEmpty() && nameA.equals(Text.fold(b.name()));
    }

    static boolean sameCertificate(String typeA, String numberA, String typeB, String numberB) {
        return Text.fold(typeA).equals(Text.fold(typeB))
                && !Text.compactUpper(numberA).isEmpty()
                && Text.compactUpper(numberA).equals(Text.compactUpper(numberB));
    }
}
