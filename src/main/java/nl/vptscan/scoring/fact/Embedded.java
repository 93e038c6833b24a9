package nl.vptscan.scoring.fact;

/**
 * A rule's statement that a topic is evaluated or improved recently enough to count as embedded: only
 * then can a topic that is in place reach level 4.
 */
public record Embedded(String topic) {
}
