/**
 * What crosses the application boundary: immutable, serializable records that pages, the REST API and
 * the tests read and send. No entity leaves the application; value objects of the domain (the filing
 * snapshot, queue projections) may.
 */
package org.beian.application.dto;
