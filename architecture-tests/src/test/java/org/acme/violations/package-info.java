/**
 * A deliberately broken miniature of the template, laid out under its own base package so the
 * template's architecture test never sees it. Each rule of {@code CleanArchitectureRules} must name
 * its offenders here and spare the compliant classes beside them.
 */
package org.acme.violations;
