package org.doorstep.app;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * HTTP calls against the running test server as one user: each request carries that user's bearer token, or none for
 * {@link TestAccounts#anonymous()}. Error statuses come back as responses, not exceptions, so that tests can assert
 * on 401, 403 and the problem detail in the body.
 */
public final class ApiClient {

    private final RestClient rest;
    private final @Nullable String username;
    private final long userId;
    private final @Nullable String token;

    ApiClient(int port, @Nullable String username, long userId, @Nullable String token) {
        RestClient.Builder builder = RestClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultStatusHandler(status -> true, (request, response) -> {});
        if (token != null) {
            builder.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        this.rest = builder.build();
        this.username = username;
        this.userId = userId;
        this.token = token;
    }

    /** The signed-in user's username; throws for an anonymous client. */
    public String username() {
        if (username == null) {
            throw new IllegalStateException("anonymous client");
        }
        return username;
    }

    /** The signed-in user's id ({@code app_user.id}); throws for an anonymous client. */
    public long userId() {
        username();
        return userId;
    }

    /** The bearer token, or null for an anonymous client. */
    public @Nullable String token() {
        return token;
    }

    /** The underlying client (base URL and token set, no exception on error statuses), for anything else. */
    public RestClient rest() {
        return rest;
    }

    /** GET a path such as {@code /api/me}; the body as text (parse JSON with JsonPath or Jackson). */
    public ResponseEntity<String> get(String path) {
        return rest.get().uri(path).retrieve().toEntity(String.class);
    }

    /** POST a body (a record, a map or a JSON string) as JSON. */
    public ResponseEntity<String> post(String path, Object jsonBody) {
        return sendJson(rest.post(), path, jsonBody);
    }

    /** PUT a body as JSON. */
    public ResponseEntity<String> put(String path, Object jsonBody) {
        return sendJson(rest.put(), path, jsonBody);
    }

    public ResponseEntity<String> delete(String path) {
        return rest.delete().uri(path).retrieve().toEntity(String.class);
    }

    private static ResponseEntity<String> sendJson(RestClient.RequestBodyUriSpec request, String path, Object body) {
        return request.uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .toEntity(String.class);
    }
}
