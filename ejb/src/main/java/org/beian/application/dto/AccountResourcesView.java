package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;

/** An account with its cloud resources and the authorisation codes it issued, newest code first. */
public record AccountResourcesView(AccountView account, List<CloudResourceDetail> resources, List<AuthorisationCodeView> codes)
        implements Serializable {
}
