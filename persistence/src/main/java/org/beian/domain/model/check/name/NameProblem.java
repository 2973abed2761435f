package org.beian.domain.model.check.name;

import org.beian.domain.model.check.ProblemCode;

/** Problems with website and organisation names. Arguments, where listed, are in this order. */
public enum NameProblem implements ProblemCode {
    /** Fewer than 3 Chinese characters. Argument: how many it has. */
    WEBSITE_NAME_TOO_SHORT,
    /** Only digits and Latin letters. */
    WEBSITE_NAME_ONLY_DIGITS_OR_LATIN,
    /** Characters outside the allowed set. Argument: the offending characters, each once. */
    WEBSITE_NAME_SPECIAL_SYMBOL,
    /** The name is one of the website's domains (with or without www.). Argument: the domain. */
    WEBSITE_NAME_EQUALS_DOMAIN,
    /** Starts with a prefix only state bodies may use (the catalogue decides by nature). Argument: prefix. */
    WEBSITE_NAME_RESERVED_PREFIX,
    /** Contains a word that needs pre-approval (博客, 论坛, …). Argument: the word. */
    WEBSITE_NAME_NEEDS_PRE_APPROVAL,
    /** Contains a word a province bans. Argument: the word. */
    WEBSITE_NAME_BANNED_WORD,
    /** A website or organisation name contains a finance keyword: special approval needed. Argument: keyword. */
    NAME_FINANCE_KEYWORD,
    /**
     * The organisation name contains 投资管理, 担保, 典当, 贷款 or 理财 and the principal is not the legal
     * representative. Argument: the word.
     */
    ORGANISATION_PRINCIPAL_NOT_LEGAL_REPRESENTATIVE
}
