/**
 * The order workflow: the one state machine that decides which transitions an order may take, who may
 * trigger them, which deadlines they set and which application event each raises. Pure domain code:
 * no container, no database; the application services call it and translate its exceptions.
 */
package org.beian.domain.model.filing.workflow;
