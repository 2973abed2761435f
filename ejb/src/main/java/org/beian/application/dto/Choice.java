package org.beian.application.dto;

import java.io.Serializable;

/** One option of a select list: the code the order stores and its label in the caller's language. */
public record Choice(String code, String label) implements Serializable {
}
