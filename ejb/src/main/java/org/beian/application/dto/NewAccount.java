package org.beian.application.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.beian.domain.model.account.Role;

/** What it takes to open an account. */
public record NewAccount(
        @NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
        @NotBlank @Size(min = 8, max = 128) String password,
        @NotBlank @Size(max = 128) String displayName,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "1\\d{10}") String mobile,
        @NotBlank @Pattern(regexp = "zh-CN|en") String languageTag,
        @NotEmpty Set<Role> roles) implements Serializable {
}
