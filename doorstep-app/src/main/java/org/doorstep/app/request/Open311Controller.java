package org.doorstep.app.request;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.doorstep.app.account.AccessScope;
import org.doorstep.app.account.AccessScopes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Open311 GeoReport v2: discovery, services, service definitions, requests and tokens, each in {@code .json} and
 * {@code .xml}, with the specification's field names and its error list for every refusal. {@code api_key} is a
 * Doorstep bearer token (or the signed-in session); the discovery and service lists are public.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

    /** When the published services or this endpoint last changed, as discovery reports it. */
    private static final String CHANGESET = "2025-06-01T00:00:00+08:00";

    private final RequestServiceCatalog catalog;
    private final RequestIntake intake;
    private final ServiceRequestRepository requests;
    private final RequestAccess access;
    private final AccessScopes scopes;
    private final Open311Writer writer;
    private final Clock clock;

    Open311Controller(
            RequestServiceCatalog catalog,
            RequestIntake intake,
            ServiceRequestRepository requests,
            RequestAccess access,
            AccessScopes scopes,
            Open311Writer writer,
            Clock clock) {
        this.catalog = catalog;
        this.intake = intake;
        this.requests = requests;
        this.access = access;
        this.scopes = scopes;
        this.writer = writer;
        this.clock = clock;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        String base = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/open311/v2")
                .toUriString();
        return ok(format, "discovery", Open311Documents.discovery(base, CHANGESET));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        return ok(
                format,
                "services",
                catalog.listServices().stream().map(Open311Documents::service).toList());
    }

    @GetMapping("/services/{code}.{format}")
    ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
        Open311Format.of(format);
        return ok(format, "service_definition", Open311Documents.definition(catalog.getService(code)));
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> listRequests(
            @PathVariable String format,
            @RequestParam(name = "service_request_id", required = false) @Nullable String ids,
            @RequestParam(name = "service_code", required = false) @Nullable String codes,
            @RequestParam(name = "start_date", required = false) @Nullable String start,
            @RequestParam(name = "end_date", required = false) @Nullable String end,
            @RequestParam(name = "status", required = false) @Nullable String status) {
        Open311Format.of(format);
        RequestQuery query = RequestQuery.parse(ids, codes, start, end, status);
        Map<String, Object> parameters = new HashMap<>();
        String condition = query.condition(OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), parameters);
        List<ServiceRequest> found = requests.list(condition, parameters, access.readable(scopes.current()));
        return ok(format, "service_requests", documents(found));
    }

    @GetMapping("/requests/{id}.{format}")
    ResponseEntity<String> getRequest(@PathVariable long id, @PathVariable String format) {
        Open311Format.of(format);
        ServiceRequest found = requests.find(id, access.readable(scopes.current()))
                .orElseThrow(() -> new Open311Exception(404, "service_request_id " + id + " not found"));
        return ok(format, "service_requests", documents(List.of(found)));
    }

    @PostMapping(value = "/requests.{format}", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<String> createRequest(
            @PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        Open311Format parsed = Open311Format.of(format);
        AccessScope scope = scopes.current();
        RequestIntake.Receipt receipt = intake.submit(scope, Open311Form.read(form));
        HttpStatus status = receipt.duplicate() ? HttpStatus.OK : HttpStatus.CREATED;
        return writer.write(parsed, status, "service_requests", List.of(Open311Documents.receipt(receipt)));
    }

    /** Requests are stored at once (every service is {@code realtime}), so no token ever stands for one. */
    @GetMapping("/tokens/{token}.{format}")
    ResponseEntity<String> token(@PathVariable String token, @PathVariable String format) {
        Open311Format.of(format);
        throw new Open311Exception(404, "token " + token + " not found: requests here get their id at once");
    }

    /** Every refusal in the specification's error list, in the format the path asked for. */
    @ExceptionHandler(Exception.class)
    ResponseEntity<String> refuse(Exception e, HttpServletRequest request) throws Exception {
        HttpStatusCode status;
        String description;
        if (e instanceof ErrorResponse error) {
            status = error.getStatusCode();
            description = error.getBody().getDetail() != null ? error.getBody().getDetail() : e.getMessage();
        } else if (e instanceof org.springframework.security.core.AuthenticationException
                || e instanceof org.springframework.security.access.AccessDeniedException) {
            throw e;
        } else if (e instanceof IllegalArgumentException) {
            status = HttpStatus.BAD_REQUEST;
            description = e.getMessage();
        } else {
            throw e;
        }
        if (e instanceof Open311Exception open311) {
            description = open311.description();
        }
        Map<String, Object> error = Open311Documents.error(status.value(), description);
        return writer.write(Open311Format.ofPath(request.getRequestURI()), status, "errors", List.of(error));
    }

    private List<Map<String, Object>> documents(List<ServiceRequest> found) {
        Map<String, ServiceType> services = new LinkedHashMap<>();
        catalog.listServices().forEach(s -> services.put(s.code(), s));
        return found.stream()
                .map(r -> Open311Documents.request(r, services.get(r.serviceCode())))
                .toList();
    }

    private ResponseEntity<String> ok(String format, String root, Object document) {
        return writer.write(Open311Format.of(format), HttpStatus.OK, root, document);
    }
}
