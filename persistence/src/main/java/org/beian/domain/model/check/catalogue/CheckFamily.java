package org.beian.domain.model.check.catalogue;

/** One family of rules; it looks at the evaluation's scope to decide what applies to the order type. */
interface CheckFamily {

    void check(Evaluation evaluation);
}
