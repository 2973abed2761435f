package org.beian.application.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/**
 * A visitor opens an applicant account: the user name follows the rules of {@link NewAccount}; the
 * password's strength is checked by the desk ({@code PasswordRule}, a message per broken rule); the
 * e-mail address and the mobile come with the codes sent to them.
 */
public record Registration(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Pattern(regexp = "\\d{6}") String emailCode,
        @NotBlank @Pattern(regexp = "1\\d{10}") String mobile,
        @NotBlank @Pattern(regexp = "\\d{6}") String mobileCode,
        @NotBlank @Pattern(regexp = "zh-CN|en") String languageTag) implements Serializable {

    @Override
    public String toString() {
        return "Registration[" + username + "]"; // never the password
    }
}
