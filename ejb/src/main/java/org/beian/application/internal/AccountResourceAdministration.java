package org.beian.application.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.beian.application.BusinessException;
import org.beian.application.InvalidFieldException;
import org.beian.application.NotFoundException;
import org.beian.application.dto.AccountResourcesView;
import org.beian.application.dto.AccountView;
import org.beian.application.dto.AuthorisationCodeView;
import org.beian.application.dto.CloudResourceDetail;
import org.beian.application.dto.NewAuthorisationCode;
import org.beian.application.event.ApplicationEvent;
import org.beian.application.event.ApplicationEvents;
import org.beian.application.event.EventTypes;
import org.beian.application.security.Caller;
import org.beian.domain.model.BeijingTime;
import org.beian.domain.model.account.Account;
import org.beian.domain.model.account.AccountRepository;
import org.beian.domain.model.resource.AuthorisationCode;
import org.beian.domain.model.resource.CloudResource;
import org.beian.domain.model.resource.ResourceRepository;

/**
 * An account's cloud resources and the filing authorisation codes (备案授权码) it issued, for the
 * provider's staff answering "why can I not file on my server?"; and a code issued on the account's
 * behalf (the account then gives it to the one filing): on a resource of that account, valid at most
 * until the resource expires, since a code cannot outlive what it lends.
 */
@ApplicationScoped
public class AccountResourceAdministration {

    /** Without 0/O, 1/I/L: the code is read out on the phone and typed by hand. */
    private static final String CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private static final int CODE_LENGTH = 14;
    private static final String CODE_PREFIX = "SQ";

    private final SecureRandom random = new SecureRandom();

    @Inject
    private AccountRepository accounts;

    @Inject
    private ResourceRepository resources;

    @Inject
    private ApplicationEvents events;

    public AccountResourcesView find(String username) {
        Account account = account(username);
        Instant now = Instant.now();
        Map<Long, String> holders = new HashMap<>();
        List<AuthorisationCodeView> codes = resources.listCodesIssuedBy(account.getId()).stream()
                .map(c -> view(c, holderOf(c, holders), now)).toList();
        List<CloudResourceDetail> owned = resources.listResourcesOfAccount(account.getId()).stream()
                .map(AccountResourceAdministration::detail).toList();
        return new AccountResourcesView(AccountView.of(account), owned, codes);
    }

    public AuthorisationCodeView issue(Caller caller, NewAuthorisationCode request) {
        Account account = account(request.username());
        CloudResource resource = resources.findResourceByInstance(request.instanceId().strip())
                .filter(r -> r.getAccountId() == account.getId())
                .orElseThrow(() -> new InvalidFieldException("instanceId", "error.authorisationCode.resource", request.username()));
        Instant now = Instant.now();
        if (!resource.getExpiresAt().isAfter(now)) {
            throw new InvalidFieldException("instanceId", "error.authorisationCode.resourceExpired", day(resource.getExpiresAt()));
        }
        Instant expires = now.plus(request.validDays(), ChronoUnit.DAYS);
        if (expires.isAfter(resource.getExpiresAt())) {
            throw new InvalidFieldException("validDays", "error.authorisationCode.beyondResource", day(resource.getExpiresAt()));
        }
        AuthorisationCode code = resources.add(new AuthorisationCode(newCode(), account.getId(), resource, now, expires));
        events.raise(ApplicationEvent.of(EventTypes.AUTHORISATION_CODE_ISSUED, caller.username(), "account:" + account.getId(),
                Map.of("code", code.getCode(), "instanceId", resource.getInstanceId(), "expiresOn", day(expires))));
        return view(code, null, now);
    }

    public AuthorisationCodeView revoke(Caller caller, String codeText) {
        AuthorisationCode code = resources.findAuthorisationCode(codeText)
                .orElseThrow(() -> new NotFoundException("authorisationCode", codeText));
        if (code.isRevoked()) {
            throw new BusinessException("error.authorisationCode.alreadyRevoked", codeText);
        }
        code.revoke();
        events.raise(ApplicationEvent.of(EventTypes.AUTHORISATION_CODE_REVOKED, caller.username(),
                "account:" + code.getIssuerAccountId(), Map.of("code", codeText)));
        return view(code, holderOf(code, new HashMap<>()), Instant.now());
    }

    private Account account(String username) {
        return accounts.findByUsername(username.strip())
                .orElseThrow(() -> new InvalidFieldException("username", "error.staff.unknown", username.strip()));
    }

    private String holderOf(AuthorisationCode code, Map<Long, String> known) {
        Long holder = code.getHolderAccountId();
        return holder == null ? null
                : known.computeIfAbsent(holder, id -> accounts.find(id).map(Account::getUsername).orElse("#" + id));
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(CODE_PREFIX);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_ALPHABET.charAt(random.nextInt(CODE_ALPHABET.length())));
        }
        return code.toString();
    }

    private static String day(Instant instant) {
        return instant.atZone(BeijingTime.ZONE).toLocalDate().toString();
    }

    private static AuthorisationCodeView view(AuthorisationCode c, String holder, Instant now) {
        return new AuthorisationCodeView(c.getCode(), c.getResource().getInstanceId(), holder, c.getCreatedAt(), c.getExpiresAt(),
                c.isRevoked(), !now.isBefore(c.getExpiresAt()));
    }

    private static CloudResourceDetail detail(CloudResource r) {
        return new CloudResourceDetail(r.getInstanceId(), r.getKind().name(), r.getPublicIp(), r.getRegionName(), r.isMainland(),
                r.getBillingMode().name(), r.getPurchasedMonths(), r.getBandwidthMbps(), r.getExpiresAt());
    }
}
