/**
 * Technology behind the application and domain interfaces: JPA repositories, Flyway, JMS, mail, SMS,
 * the bureau gateway, the stand-ins of the bureau and the ministry's
 * electronic verification platform, health checks. Nothing outside this package depends on these classes directly.
 */
package org.beian.infrastructure;
