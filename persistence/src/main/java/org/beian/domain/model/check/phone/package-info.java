/**
 * Mainland mobile numbers and office (landline) numbers in the ministry's {@code 086-<area>-<number>}
 * form. Number ranges come from libphonenumber's metadata, so new mobile prefixes and area-code changes
 * arrive with a library upgrade instead of an edit here.
 */
package org.beian.domain.model.check.phone;
