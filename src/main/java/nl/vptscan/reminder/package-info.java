/**
 * Reminders: what is due for whom ({@link nl.vptscan.reminder.ReminderSource}, one per feature), the daily job that
 * mails each reminder once over SMTP, and the same reminders on the dashboard's "Te doen".
 */
@Configuration
@Requires(notEnv = "bare")
package nl.vptscan.reminder;

import io.micronaut.context.annotation.Configuration;
import io.micronaut.context.annotation.Requires;
