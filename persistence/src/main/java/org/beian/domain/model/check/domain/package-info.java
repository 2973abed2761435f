/**
 * Domain names and homepage URLs. Registrability comes from the public suffix list through Guava's
 * {@code InternetDomainName}, never from a hand-made list; which suffixes the ministry accepts for
 * filing is data the caller passes in.
 */
package org.beian.domain.model.check.domain;
