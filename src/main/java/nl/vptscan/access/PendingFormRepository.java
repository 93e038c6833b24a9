package nl.vptscan.access;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.Instant;

@JdbcRepository(dialect = Dialect.MYSQL)
interface PendingFormRepository extends CrudRepository<PendingForm, String> {

    void deleteByCreatedAtLessThan(Instant before);
}
