package org.beian.application;

import jakarta.ejb.ApplicationException;
import java.util.List;

/** The new password breaks strength rules: one message key per broken rule ({@code error.password.*}), for the password field. */
@ApplicationException(rollback = true)
public class WeakPasswordException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final List<String> ruleKeys;

    public WeakPasswordException(List<String> ruleKeys) {
        super("error.password.weak");
        this.ruleKeys = List.copyOf(ruleKeys);
    }

    /** The message key of each broken rule, in the order of {@code PasswordRule.Problem}. */
    public List<String> getRuleKeys() { return ruleKeys; }
}
