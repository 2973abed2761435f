/**
 * Ports: what the application needs from outside and infrastructure provides — the bureau, the ministry's
 * electronic verification platform, the SMS provider, password hashing, the delivery queue, the
 * dead-message queue, the unit of work. Each has an adapter in {@code org.beian.infrastructure};
 * a stand-in where the real party lies outside the provider.
 */
package org.beian.application.port;
