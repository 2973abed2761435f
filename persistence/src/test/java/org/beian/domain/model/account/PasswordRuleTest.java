package org.beian.domain.model.account;

import static org.beian.domain.model.account.PasswordRule.Problem.CONTAINS_USERNAME;
import static org.beian.domain.model.account.PasswordRule.Problem.NEEDS_DIGIT;
import static org.beian.domain.model.account.PasswordRule.Problem.NEEDS_LETTER;
import static org.beian.domain.model.account.PasswordRule.Problem.TOO_LONG;
import static org.beian.domain.model.account.PasswordRule.Problem.TOO_SHORT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordRuleTest {

    @Test
    void aStrongPasswordBreaksNoRule() {
        assertEquals(List.of(), PasswordRule.problems("zhangwei", "Kaiyuan2026"));
        assertEquals(List.of(), PasswordRule.problems("zhangwei", "abcd1234"), "exactly eight characters");
        assertEquals(List.of(), PasswordRule.problems("zhangwei", "Demo@2026"));
    }

    @Test
    void everyBrokenRuleIsReported() {
        assertEquals(List.of(TOO_SHORT, NEEDS_DIGIT), PasswordRule.problems("zhangwei", "abc"));
        assertEquals(List.of(NEEDS_LETTER), PasswordRule.problems("zhangwei", "12345678"));
        assertEquals(List.of(NEEDS_DIGIT), PasswordRule.problems("zhangwei", "password!"));
        assertEquals(List.of(TOO_SHORT, NEEDS_LETTER, NEEDS_DIGIT), PasswordRule.problems("zhangwei", ""));
        assertEquals(List.of(TOO_SHORT, NEEDS_LETTER, NEEDS_DIGIT), PasswordRule.problems("zhangwei", null));
        assertEquals(List.of(TOO_LONG), PasswordRule.problems("zhangwei", "a1".repeat(65)));
    }

    @Test
    void theUserNameMayNotBeInsideWhateverTheCase() {
        assertEquals(List.of(CONTAINS_USERNAME), PasswordRule.problems("zhangwei", "ZhangWei2026"));
        assertEquals(List.of(CONTAINS_USERNAME), PasswordRule.problems("li.na", "x1LI.NAy2"));
        assertEquals(List.of(TOO_SHORT, NEEDS_DIGIT, CONTAINS_USERNAME), PasswordRule.problems("abc", "abc"));
    }

    @Test
    void lettersAreLatinAndDigitsAreAscii() {
        assertEquals(List.of(NEEDS_LETTER), PasswordRule.problems("zhangwei", "备案密码12345678"));
        assertEquals(List.of(NEEDS_DIGIT), PasswordRule.problems("zhangwei", "abcdefgh١٢٣"));
    }

    @Test
    void everyProblemHasAnErrorKey() {
        for (PasswordRule.Problem problem : PasswordRule.Problem.values()) {
            assertEquals(true, problem.messageKey().startsWith("error.password."), problem.name());
        }
    }
}
