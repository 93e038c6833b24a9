/**
 * Baselines for load measurements, switched on only with {@code vptscan.bench.enabled=true}: a request that
 * does nothing and one that only parses a quick-scan body, so measured figures can be given as ratios.
 */
package nl.vptscan.bench;
