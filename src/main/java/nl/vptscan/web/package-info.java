/**
 * Web pages: server-rendered Thymeleaf pages for employers, inspectors, region coordinators and administrators,
 * in Dutch first and English second, usable without JavaScript. Controllers are thin and call the services of
 * the other packages; every form carries a token against cross-site requests ({@link nl.vptscan.web.CsrfTokens}).
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.web;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
