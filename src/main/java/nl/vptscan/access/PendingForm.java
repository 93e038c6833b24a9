package nl.vptscan.access;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A page form posted after the login had expired, kept for the page it came from until its sender is back. */
@MappedEntity("pending_form")
record PendingForm(@Id String id, String path, String body, Instant createdAt) {
}
