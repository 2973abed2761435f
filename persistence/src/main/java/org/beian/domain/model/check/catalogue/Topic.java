package org.beian.domain.model.check.catalogue;

/** What part of the order a rule is about; groups the rules in docs/rules.md and in the UI. */
public enum Topic {
    ORDER,
    SUBJECT,
    CERTIFICATE,
    PERSON,
    PHONE,
    DOMAIN,
    WEBSITE,
    CLOUD,
    DOCUMENT
}
