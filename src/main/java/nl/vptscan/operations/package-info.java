/**
 * Running the service: request ids and request log lines, who may see health details, metrics. Nothing here
 * holds state that another instance would need.
 */
package nl.vptscan.operations;
