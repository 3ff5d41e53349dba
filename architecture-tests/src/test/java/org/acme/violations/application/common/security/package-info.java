/**
 * Stand-ins for the template's security annotations: the rules look them up by name under the base
 * package, so the sample carries its own.
 */
package org.acme.violations.application.common.security;
