package org.beian.application.port;

/**
 * One text message to send.
 *
 * @param mobile the recipient's mobile number; not blank
 * @param text the message; not blank
 * @param sender the sender shown to the recipient (the provider's signature, or a service number)
 * @param reference an idempotency key, stable across retries of the same message so that a provider can
 *        drop repeats; {@code null} when the message has none
 */
public record OutgoingSms(String mobile, String text, String sender, String reference) {

    public OutgoingSms {
        if (mobile == null || mobile.isBlank()) {
            throw new IllegalArgumentException("An SMS needs a mobile number");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An SMS needs a text");
        }
    }

    /** The mobile number fit for logs and error messages: {@code 13812345678} → {@code 138****5678}. */
    public String maskedMobile() {
        return mobile.length() < 8 ? "****" : mobile.substring(0, 3) + "****" + mobile.substring(mobile.length() - 4);
    }
}
