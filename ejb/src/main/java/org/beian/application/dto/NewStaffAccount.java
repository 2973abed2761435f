package org.beian.application.dto;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.Set;
import org.beian.domain.model.account.Role;

/** A reviewer's or administrator's account as an administrator opens it, with a first password to hand over. */
public record NewStaffAccount(@NotBlank @Size(min = 3, max = 64) @Pattern(regexp = "[A-Za-z0-9._@-]+") String username,
                              @NotBlank @Size(max = 128) String displayName, @Email @Size(max = 254) String email,
                              @Pattern(regexp = "1\\d{10}") String mobile, @NotBlank @Size(min = 8, max = 128) String password,
                              @NotEmpty Set<Role> roles) implements Serializable {
}
