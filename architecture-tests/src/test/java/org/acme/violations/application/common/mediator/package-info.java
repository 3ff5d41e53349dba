/**
 * Stand-ins for the template's mediator types: the rules look them up by name under the base
 * package, so the sample carries its own. Like the rest of the sample, they are analysed, never
 * run.
 */
package org.acme.violations.application.common.mediator;
