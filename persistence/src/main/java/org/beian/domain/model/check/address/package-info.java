/** Mailing and licence addresses: precision to the door number, no placeholder divisions. */
package org.beian.domain.model.check.address;
