package nl.vptscan.problem;

import io.micronaut.http.server.exceptions.response.Error;

import java.util.Optional;

/** An error for the framework's error context: a field error when it has a path, the detail otherwise. */
record DetailError(String message, String path, FieldError field) implements Error {

    DetailError(String message, String path) {
        this(message, path, null);
    }


    @Override
    public String getMessage() {
        return message;
    }

    @Override
    public Optional<String> getPath() {
        return Optional.ofNullable(path);
    }
}
