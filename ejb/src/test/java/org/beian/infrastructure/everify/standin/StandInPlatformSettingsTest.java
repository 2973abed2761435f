package org.beian.infrastructure.everify.standin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.beian.domain.model.filing.PersonData;
import org.junit.jupiter.api.Test;

/** The stand-in platform's configurable face rule and the phone page's address. */
class StandInPlatformSettingsTest {

    private static StandInPlatformSettings settings(String trigger, String suffix) {
        StandInPlatformSettings settings = new StandInPlatformSettings();
        settings.faceMismatchTrigger = trigger;
        settings.faceMismatchSuffix = Optional.ofNullable(suffix);
        settings.publicUrl = "https://beian.example";
        settings.validitySeconds = 600;
        return settings;
    }

    private static PersonData person(String name, String certificate) {
        return new PersonData(name, "RESIDENT_ID", certificate, null, "13800138000", null);
    }

    @Test
    void theFaceFailsForANameWithTheTriggerOrACertificateWithTheSuffix() {
        StandInPlatformSettings byName = settings("人脸不符", null);
        assertTrue(byName.faceMismatch(person("王人脸不符", "440305198506123451")));
        assertFalse(byName.faceMismatch(person("陈晓明", "44030519850612345X")), "no suffix configured: only the name counts");

        StandInPlatformSettings bySuffix = settings("人脸不符", "x");
        assertTrue(bySuffix.faceMismatch(person("陈晓明", "44030519850612345X")), "the suffix ignores case");
        assertFalse(bySuffix.faceMismatch(person("陈晓明", "440305198506123451")));
    }

    @Test
    void thePhonePageIsServedUnderThePublicAddress() {
        assertEquals("https://beian.example/ministry/everify.xhtml?t=abc", settings("人脸不符", null).phoneUrl("abc"));
    }
}
