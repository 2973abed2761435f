package org.beian.application.dto;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The filing type "start filing" determined (or the refusal), why, and the facts found on the way. */
public record DeterminationView(String type, String outcome, boolean refused, String explanation, Map<String, String> facts,
                                List<FindingView> findings) implements Serializable {
}
