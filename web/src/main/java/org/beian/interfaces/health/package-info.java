/**
 * MicroProfile Health checks, served by Payara at /health/live and /health/ready. They live in the web
 * module because Payara collects health checks from the web module's CDI container.
 */
package org.beian.interfaces.health;
