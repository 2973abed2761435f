package org.beian.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** What applicants ask of the provider besides orders: the photo curtain, the public-security number. */
public interface ApplicantRequestsService {

    record CurtainView(long id, String recipient, String address, String state, boolean freeOfCharge, Instant requestedAt,
                       LocalDate shipsOn) implements Serializable {}

    /**
     * Requests the blue curtain by courier. One per account is free; it ships with the 16:00 courier of
     * the working day (requests after 16:00 or on a day off ship the next working day).
     */
    CurtainView requestCurtain(@NotNull Caller caller, @NotBlank @Size(max = 64) String recipient,
                               @NotBlank @Pattern(regexp = "1\\d{10}") String phone, @NotBlank @Size(max = 300) String address);

    /** Records the public-security filing number (公安备案号) of a filed website; the reminders stop. */
    void recordPublicSecurityNumber(@NotNull Caller caller, @NotBlank String websiteIcpNumber,
                                    @NotBlank @Pattern(regexp = "\\d{14}") String number, @NotNull LocalDate filedOn);
}
