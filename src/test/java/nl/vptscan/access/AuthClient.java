package nl.vptscan.access;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Plain HTTP calls for the login tests: no client filter adds a login, redirects are not followed. */
final class AuthClient {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    AuthClient(URI base) {
        this.base = base;
    }

    static String name(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    HttpResponse<String> login(String username, String password) {
        return send(HttpRequest.newBuilder(base.resolve("/login")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json("username", username, "password", password))));
    }

    /** The access token of a successful login. */
    String token(String username, String password) {
        HttpResponse<String> response = login(username, password);
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("login of " + username + " failed: " + response.statusCode());
        }
        return matcher.group(1);
    }

    HttpResponse<String> get(String path, String token) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + token).GET());
    }

    HttpResponse<String> getPage(String path, String cookieToken) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Cookie", "JWT=" + cookieToken).GET());
    }

    HttpResponse<String> postForm(String path, String cookieToken, String form) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "text/html")
                .header("Cookie", "JWT=" + cookieToken).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The form token of the pages seen with this login cookie, read from the start page. */
    String csrf(String cookieToken) {
        Matcher matcher = CSRF.matcher(getPage("/", cookieToken).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no form token on the start page");
        }
        return matcher.group(1);
    }

    HttpResponse<String> send(String method, String path, String token, String json) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return send(token == null ? builder : builder.header("Authorization", "Bearer " + token));
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A JSON object of string pairs (name, value, name, value...). */
    static String json(String... pairs) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            out.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":");
            out.append(pairs[i + 1] == null ? "null" : '"' + pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"") + '"');
        }
        return out.append('}').toString();
    }

    /** Creates a user as the given administrator and returns its id. */
    long createUser(String adminToken, String username, String password, String role) {
        HttpResponse<String> response = send("POST", "/api/users", adminToken,
                json("username", username, "password", password, "role", role));
        if (response.statusCode() != 201) {
            throw new IllegalStateException("user " + username + " not created: " + response.statusCode() + " " + response.body());
        }
        Matcher id = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(response.body());
        id.find();
        return Long.parseLong(id.group(1));
    }
}
