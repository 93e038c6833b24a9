package nl.vptscan.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/**
 * When the database cannot be reached, a request fails fast with 503 and {@code Retry-After} instead of a 500;
 * the connection pool reconnects by itself once the database is back. Every other unexpected error is a 500.
 */
@Singleton
final class UnavailableHandler implements ExceptionHandler<RuntimeException, HttpResponse<?>> {

    private static final Logger LOG = LoggerFactory.getLogger(UnavailableHandler.class);

    private final ApiExceptionHandler delegate;

    UnavailableHandler(ApiExceptionHandler delegate) {
        this.delegate = delegate;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
        if (databaseUnreachable(exception)) {
            LOG.warn("Database unreachable for {} {}: {}", request.getMethod(), request.getPath(), rootMessage(exception));
            HttpResponse<?> response = delegate.handle(request, new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    "The database cannot be reached; nothing was changed. Try again shortly.", List.of()));
            ((MutableHttpResponse<?>) response).header("Retry-After", "5");
            return response;
        }
        LOG.error("Unexpected error on {} {}", request.getMethod(), request.getPath(), exception);
        return delegate.handle(request, new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error", List.of()));
    }

    static boolean databaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || cause instanceof ConnectException) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable exception) {
        Throwable root = exception;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
