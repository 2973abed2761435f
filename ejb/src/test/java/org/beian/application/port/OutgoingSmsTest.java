package org.beian.application.port;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OutgoingSmsTest {

    @Test
    void mobile_and_text_must_not_be_blank() {
        assertThrows(IllegalArgumentException.class, () -> new OutgoingSms(null, "text", "beian", null));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingSms(" ", "text", "beian", null));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingSms("13812345678", null, "beian", null));
        assertThrows(IllegalArgumentException.class, () -> new OutgoingSms("13812345678", "\n", "beian", null));
    }

    @Test
    void the_reference_is_optional() {
        OutgoingSms sms = new OutgoingSms("13812345678", "您好", "12381", null);
        assertNull(sms.reference());
        assertEquals("您好", sms.text());
    }

    @Test
    void mobile_numbers_are_masked_for_logs() {
        assertEquals("138****5678", new OutgoingSms("13812345678", "x", null, null).maskedMobile());
        assertEquals("+86****5678", new OutgoingSms("+8613812345678", "x", null, null).maskedMobile());
        assertEquals("****", new OutgoingSms("12345", "x", null, null).maskedMobile());
    }
}
