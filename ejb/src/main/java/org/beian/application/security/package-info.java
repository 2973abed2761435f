/**
 * Who is asking ({@link org.beian.application.security.Caller}) and the object-level checks every
 * facade applies ({@link org.beian.application.security.Authorization}): an applicant sees only what its
 * account owns; staff see every order. Authentication is the interfaces and infrastructure layers' work.
 */
package org.beian.application.security;
