package org.beian.domain.model.filing.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.beian.domain.model.filing.FilingSnapshot;
import org.junit.jupiter.api.Test;

class SnapshotEditsTest {

    private final FilingSnapshot original = TestOrders.snapshot();

    @Test
    void aNestedTextFieldChangesAndNothingElse() {
        FilingSnapshot edited = SnapshotEdits.withText(original, "subject.principal.mobile", "13911112222");
        assertEquals(List.of(new FieldChange("subject.principal.mobile", original.subject().principal().mobile(), "13911112222")),
                SnapshotChanges.between(original, edited));
    }

    @Test
    void aFieldOfOneWebsiteByItsIndex() {
        FilingSnapshot edited = SnapshotEdits.withText(original, "websites[0].name", "企业产品中心");
        assertEquals(List.of(new FieldChange("websites[0].name", original.websites().get(0).name(), "企业产品中心")),
                SnapshotChanges.between(original, edited));
    }

    @Test
    void onlyTextFieldsThatExistCanBeSet() {
        assertTrue(SnapshotEdits.isText(original, "subject.mailingAddress"));
        assertFalse(SnapshotEdits.isText(original, "websites[0].domains"), "a list is not one text");
        assertFalse(SnapshotEdits.isText(original, "websites[7].name"), "no eighth website");
        assertFalse(SnapshotEdits.isText(original, "subject.nosuch"));
        assertThrows(IllegalArgumentException.class, () -> SnapshotEdits.withText(original, "subject", "x"));
    }
}
