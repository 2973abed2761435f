package org.beian.infrastructure.bureau.simulator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * STAND-IN. The ministry's SMS check (短信核验) as the responsible person meets it on the ministry's
 * site: enter the 6-digit code with the mobile number and the last 6 characters of the identity
 * document. Not part of the desk: in production the ministry runs this page. The built-in bureau
 * simulator plays it, and the stand-in page {@code /ministry/verify.xhtml} calls it.
 */
public interface MinistrySmsCheck {

    enum Outcome { VERIFIED, ALL_VERIFIED, WRONG, RETURNED_TO_PROVIDER, NO_OPEN_CHECK, EXPIRED }

    record Result(Outcome outcome, String orderNumber, int attemptsLeft) implements Serializable {}

    Result verify(@NotBlank @Pattern(regexp = "1\\d{10}") String mobile, @NotBlank @Pattern(regexp = "\\d{6}") String code,
                  @NotBlank @Pattern(regexp = "[0-9Xx]{6}") String idLast6);

    /** Sends a new code (at most 3 resends in 24 h). */
    Result resend(@NotBlank @Pattern(regexp = "1\\d{10}") String mobile);
}
