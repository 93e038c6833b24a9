package nl.vptscan;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The clock every "today" and "now" comes from: Dutch time, replaceable in tests. */
@Factory
@Requires(notEnv = "bare")
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
