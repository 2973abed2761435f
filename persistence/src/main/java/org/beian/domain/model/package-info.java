/**
 * The domain model: aggregates, value objects and the repository interfaces that sit beside them.
 * Nothing here knows about EJB, JMS, Faces or a particular database.
 */
package org.beian.domain.model;
