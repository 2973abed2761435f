package org.beian.domain.model.check.identity;

/** Sex as encoded by GB 11643 (17th digit: odd male, even female); the age rules differ by it. */
public enum Sex {
    MALE,
    FEMALE
}
