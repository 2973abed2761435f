/**
 * The interfaces layer: Faces views and their backing beans, REST resources. It talks to the
 * application services with DTOs and never touches entities or infrastructure directly.
 */
package org.beian.interfaces;
