package nl.vptscan.registration;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
interface CountRepository extends CrudRepository<CountRow, Long> {

    List<CountRow> findByImportIdOrderById(long importId);
}
