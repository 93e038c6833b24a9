/**
 * Errors as {@code application/problem+json} (RFC 9457): every error the API returns, from a bad field to an
 * unknown route, has the same shape, and a rejected request lists each bad field at once.
 */
package nl.vptscan.problem;
