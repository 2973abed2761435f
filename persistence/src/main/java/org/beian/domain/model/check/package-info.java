/**
 * Check primitives for the pre-submission rule catalogue: pure functions over the values an applicant
 * types (identity numbers, domains, phones, names, addresses). Each check returns a list of
 * {@link org.beian.domain.model.check.Problem}s, empty when the value is fine.
 *
 * <p>The checks state facts ("the check character should be X"); they do not decide severity, which
 * province a rule applies to, or the message shown. The rule catalogue does that, keyed by the stable
 * {@link org.beian.domain.model.check.ProblemCode}. Lists that provinces or the ministry change (fileable
 * suffixes, banned words) are parameters, with the source document's lists as defaults.
 *
 * <p>Nothing here touches Jakarta EE, the database or the clock (callers pass "today").
 */
package org.beian.domain.model.check;
