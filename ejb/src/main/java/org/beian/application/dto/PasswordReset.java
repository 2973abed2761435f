package org.beian.application.dto;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A new password for the account {@code username}, proved by the code texted to the account's mobile. */
public record PasswordReset(
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Pattern(regexp = "1\\d{10}") String mobile,
        @NotBlank @Pattern(regexp = "\\d{6}") String code,
        @NotBlank @Size(max = 128) String newPassword) implements Serializable {

    @Override
    public String toString() {
        return "PasswordReset[" + username + "]"; // never the password
    }
}
