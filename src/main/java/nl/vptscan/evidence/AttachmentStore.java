package nl.vptscan.evidence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Attachments in the database: a row of facts each, the content streamed as blobs in chunks of {@value #CHUNK} bytes
 * (one chunk per statement, far below MariaDB's {@code max_allowed_packet}). Callers hold the transaction.
 */
@Singleton
class AttachmentStore {

    static final int CHUNK = 1024 * 1024;
    private static final String COLUMNS = "id, assessment_id, question_id, file_name, content_type, size_bytes, sha256, "
            + "uploaded_by, uploaded_at";

    private final JdbcOperations jdbc;

    AttachmentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the facts and the content; the stored attachment with its new id. */
    Attachment insert(Attachment facts, byte[] content) {
        long id = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("INSERT INTO attachment (assessment_id, "
                    + "question_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                statement.setLong(1, facts.assessmentId());
                statement.setString(2, facts.questionId());
                statement.setString(3, facts.fileName());
                statement.setString(4, facts.contentType());
                statement.setLong(5, facts.size());
                statement.setString(6, facts.sha256());
                statement.setString(7, facts.uploadedBy());
                statement.setTimestamp(8, Timestamp.from(facts.uploadedAt()));
                statement.executeUpdate();
                return generatedId(statement);
            }
        });
        for (int seq = 0, from = 0; from < content.length; seq++, from += CHUNK) {
            int at = from;
            int chunk = seq;
            int length = Math.min(CHUNK, content.length - from);
            jdbc.prepareStatement("INSERT INTO attachment_chunk (attachment_id, seq, content) VALUES (?, ?, ?)", statement -> {
                statement.setLong(1, id);
                statement.setInt(2, chunk);
                statement.setBinaryStream(3, new ByteArrayInputStream(content, at, length), length);
                return statement.executeUpdate();
            });
        }
        return new Attachment(id, facts.assessmentId(), facts.questionId(), facts.fileName(), facts.contentType(),
                facts.size(), facts.sha256(), facts.uploadedBy(), facts.uploadedAt());
    }

    List<Attachment> of(long assessmentId) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM attachment WHERE assessment_id = ? ORDER BY id", statement -> {
            statement.setLong(1, assessmentId);
            List<Attachment> attachments = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    attachments.add(read(rows));
                }
            }
            return attachments;
        });
    }

    Optional<Attachment> find(long assessmentId, long id) {
        return jdbc.prepareStatement("SELECT " + COLUMNS + " FROM attachment WHERE assessment_id = ? AND id = ?", statement -> {
            statement.setLong(1, assessmentId);
            statement.setLong(2, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(read(rows)) : Optional.empty();
            }
        });
    }

    /** The bytes all attachments of an assessment take. */
    long totalSize(long assessmentId) {
        return jdbc.prepareStatement("SELECT COALESCE(SUM(size_bytes), 0) FROM attachment WHERE assessment_id = ?", statement -> {
            statement.setLong(1, assessmentId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    /** The content, read chunk by chunk as blob streams. */
    byte[] content(Attachment attachment) {
        return jdbc.prepareStatement("SELECT content FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq", statement -> {
            statement.setLong(1, attachment.id());
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) attachment.size());
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    try (InputStream chunk = rows.getBinaryStream(1)) {
                        chunk.transferTo(out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
            return out.toByteArray();
        });
    }

    void delete(long id) {
        jdbc.prepareStatement("DELETE FROM attachment_chunk WHERE attachment_id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
        jdbc.prepareStatement("DELETE FROM attachment WHERE id = ?", statement -> {
            statement.setLong(1, id);
            return statement.executeUpdate();
        });
    }

    private static Attachment read(ResultSet rows) throws SQLException {
        return new Attachment(rows.getLong(1), rows.getLong(2), rows.getString(3), rows.getString(4), rows.getString(5),
                rows.getLong(6), rows.getString(7), rows.getString(8), rows.getTimestamp(9).toInstant());
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no id generated for the attachment");
            }
            return keys.getLong(1);
        }
    }
}
