package nl.vptscan;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.annotation.ClientFilter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Provider;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * In tests, requests of the test HTTP client are made as the test administrator unless they carry their own
 * Authorization header, or {@code X-Anonymous} to be sent without any login.
 */
@ClientFilter("/**")
@Requires(env = "test")
public class AdminLoginFilter {

    public static final String ANONYMOUS = "X-Anonymous";
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final Provider<EmbeddedServer> server;
    private volatile String token;

    AdminLoginFilter(Provider<EmbeddedServer> server) {
        this.server = server;
    }

    @RequestFilter
    void login(MutableHttpRequest<?> request) throws IOException, InterruptedException {
        if (request.getHeaders().contains(ANONYMOUS)) {
            request.getHeaders().remove(ANONYMOUS);
            return;
        }
        if (request.getHeaders().contains(HttpHeaders.AUTHORIZATION) || request.getPath().equals("/login")) {
            return;
        }
        request.bearerAuth(token());
    }

    private String token() throws IOException, InterruptedException {
        if (token == null) {
            token = login(server.get().getURI(), "test-admin", "lange-beheerder-wachtzin-2026");
        }
        return token;
    }

    /** Logs in over plain HTTP and returns the access token. */
    public static String login(URI base, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("login of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }
}
