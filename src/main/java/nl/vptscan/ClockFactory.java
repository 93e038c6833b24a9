package nl.vptscan;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.ZoneId;

/** The clock every "today" and "now" comes from: Dutch time, replaceable in tests. */
@Factory
class ClockFactory {

    @Singleton
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Amsterdam"));
    }
}
