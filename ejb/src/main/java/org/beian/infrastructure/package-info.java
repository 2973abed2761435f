/**
 * Technology behind the application and domain interfaces: JPA repositories, Flyway, JMS, mail, SMS,
 * the bureau gateway, health checks. Nothing outside this package depends on these classes directly.
 */
package org.beian.infrastructure;
