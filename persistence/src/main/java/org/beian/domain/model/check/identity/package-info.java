/**
 * Certificate numbers: the resident identity number (GB 11643), the unified social credit code
 * (GB 32100) with its embedded organisation code (GB 11714), and plausibility patterns for passports,
 * travel permits and permanent residence cards. {@link org.beian.domain.model.check.identity.CertificateNumbers}
 * is the one entry point by {@link org.beian.domain.model.check.identity.CertificateKind}.
 */
package org.beian.domain.model.check.identity;
