package org.beian.domain.model.check.catalogue;

/**
 * Inputs some order types need that are not part of the proposed registry data, kept out of the
 * snapshot records: the filing password (备案密码) for access filings and subject cancellations.
 */
public record OrderExtras(String filingPassword) {

    public static OrderExtras none() {
        return new OrderExtras(null);
    }
}
