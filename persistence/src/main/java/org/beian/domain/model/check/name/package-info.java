/**
 * Website and organisation names. Word lists (reserved prefixes, words needing pre-approval, finance
 * keywords, province bans) are constructor parameters with the source's lists as defaults, so that
 * province rules can pass their own lists in as data.
 */
package org.beian.domain.model.check.name;
