/**
 * The application layer. Its public face is {@code desk} (one facade per audience) with {@code dto}
 * records; {@code port} names what it needs from outside; {@code event} is how events leave it;
 * {@code security} says who asks. This package holds the business failures every facade may throw: one
 * hierarchy under {@link org.beian.application.BusinessException}, each with a message key the UI
 * translates. Implementations live in {@code internal}.
 */
package org.beian.application;
