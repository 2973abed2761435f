package org.beian.application.dto;

import java.io.Serializable;

/** An error finding that forbids submitting the order now: its rule, field path and message. */
public record BlockingFinding(String code, String fieldPath, String message) implements Serializable {
}
