/**
 * Access: who may log in and what each user group may see. ADMIN sees everything; an EMPLOYER is bound to one
 * organisation, a REGION_COORDINATOR to one region; an INSPECTOR audits any organisation. Failed logins are
 * throttled in the database (LoginThrottle); a login token counts while the database says so (TokenStore), so a
 * logout or a change of the user ends it on every instance.
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.access;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
