/**
 * Errors as {@code application/problem+json} (RFC 9457): every error the API returns, from a bad field to an
 * unknown route, has the same shape, and a rejected request lists each bad field at once.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.problem;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
