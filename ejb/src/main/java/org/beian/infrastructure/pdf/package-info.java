/**
 * PDF documents the desk hands to applicants, starting with the website filing authenticity verification
 * form (网站备案信息真实性核验单) that {@link org.beian.infrastructure.pdf.VerificationForm} renders from an
 * order's snapshot. Chinese text is set in Noto Sans SC, which the build copies into the classes and
 * every PDF embeds as a subset, so the forms read the same on machines without CJK fonts.
 */
package org.beian.infrastructure.pdf;
