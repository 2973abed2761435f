/**
 * The pre-submission rule catalogue (issue 4): every rule an order is checked against before it reaches
 * a reviewer, as data ({@link org.beian.domain.model.check.catalogue.Rule}: code, field paths, severity,
 * source, province rule keys; texts in the {@code rules} bundle), and the evaluation that returns all
 * {@link org.beian.domain.model.check.catalogue.Finding}s of an order at once.
 *
 * <p>Why here and not in {@code domain.service}: the catalogue is domain knowledge, not orchestration. It
 * is pure (no clock, no database, no Jakarta EE types) and sits beside the check primitives it maps
 * ({@code check.identity}, {@code check.domain}, …). Everything that needs the registry or the account
 * comes in through {@link org.beian.domain.model.check.catalogue.CheckContext}, which the application
 * layer implements with JPA; province differences come in as
 * {@link org.beian.domain.model.reference.ProvinceRules} values, never as {@code if (province == …)}.
 *
 * <p>Layout: the public API ({@code Rule}, {@code Finding}, {@code CheckRequest}, {@code CheckContext},
 * {@code PreSubmissionChecks}, code lists, {@code DocumentPurposes}, {@code RulesDocument}) and one
 * package-private checker per family of rules ({@code *Checks}), each small enough to read at once. The
 * filing-type determination of spec §3 ({@code FilingTypeDetermination}) is in the same package because
 * the order checks reuse its decision to catch an order whose type no longer fits the registries; a
 * sub-package would have made the two packages depend on each other.
 */
package org.beian.domain.model.check.catalogue;
