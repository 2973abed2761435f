package org.beian.domain.model.check.domain;

import org.beian.domain.model.check.ProblemCode;

/** Problems with domains and homepage URLs. Arguments, where listed, are in this order. */
public enum DomainProblem implements ProblemCode {
    /** Blank, or not a syntactically valid host name. */
    DOMAIN_FORMAT,
    /** A URL (scheme, path, query) was entered instead of a domain. Argument: the host it contains. */
    DOMAIN_URL,
    /** A port was entered with the domain. */
    DOMAIN_PORT,
    /** A wildcard (*.example.com) was entered. */
    DOMAIN_WILDCARD,
    /** An IP address was entered; only domains are filed. */
    DOMAIN_IP_ADDRESS,
    /** The name does not end in any suffix of the public suffix list. */
    DOMAIN_UNKNOWN_SUFFIX,
    /** The name is itself a public suffix (e.g. com.cn). */
    DOMAIN_IS_PUBLIC_SUFFIX,
    /**
     * The name lies under a privately run suffix (e.g. github.io, cn.com): it was not registered with a
     * registrar the ministry approved. Argument: the private suffix.
     */
    DOMAIN_PRIVATE_SUFFIX,
    /** A subdomain: only the registrable domain is filed. Argument: the registrable domain. */
    DOMAIN_NOT_REGISTRABLE,
    /** The suffix is not on the caller's list of fileable suffixes. Argument: the registry suffix. */
    DOMAIN_TLD_NOT_FILEABLE,
    /** A country-code suffix (Beijing accepts none). Argument: the top-level domain. */
    DOMAIN_COUNTRY_CODE,
    /** The same domain appears more than once in one filing. Argument: the domain. */
    DOMAIN_DUPLICATE,

    /** The homepage URL does not parse (blank, bad scheme, no host). */
    HOMEPAGE_FORMAT,
    /** The homepage host is not one of the website's domains nor www. + one of them. Argument: the host. */
    HOMEPAGE_NOT_AMONG_DOMAINS,
    /** The homepage host does not begin with www. Argument: the host. */
    HOMEPAGE_NOT_WWW
}
