package org.beian.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;

/**
 * The ministry's SMS check (短信核验) as the responsible person meets it: enter the 6-digit code with the
 * mobile number and the last 6 characters of the identity document. Played by the bureau simulator.
 */
public interface SmsCheckService {

    enum Outcome { VERIFIED, ALL_VERIFIED, WRONG, RETURNED_TO_PROVIDER, NO_OPEN_CHECK, EXPIRED }

    record Result(Outcome outcome, String orderNumber, int attemptsLeft) implements Serializable {}

    Result verify(@NotBlank @Pattern(regexp = "1\\d{10}") String mobile, @NotBlank @Pattern(regexp = "\\d{6}") String code,
                  @NotBlank @Pattern(regexp = "[0-9Xx]{6}") String idLast6);

    /** Sends a new code (at most 3 resends in 24 h). */
    Result resend(@NotBlank @Pattern(regexp = "1\\d{10}") String mobile);
}
