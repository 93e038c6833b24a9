package nl.vptscan.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
interface AuditFollowUpRepository extends CrudRepository<AuditFollowUp, Long> {

    Optional<AuditFollowUp> findByEarlierId(Long earlierId);
}
