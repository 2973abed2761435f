/**
 * Application services: the use cases Beian offers, as interfaces with Bean Validation on their
 * parameters. Implementations live in {@code internal}; the interfaces layer (Faces, REST) calls only
 * these. Business failures are {@link org.beian.application.BusinessException}s with a message key.
 */
package org.beian.application;
