package nl.vptscan;

import io.micronaut.runtime.Micronaut;

/** Starts vpt-scan: the self-inspection service for aggression and violence policy. */
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
