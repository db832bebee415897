package org.doorstep.app.account;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * Answers refused API requests with RFC 9457 problem details instead of a redirect to the login page: 401 when nobody
 * (or a bad token) is signed in, 403 when the signed-in user may not, or a session request lacks its CSRF token.
 */
class ApiProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String SIGN_IN_FIRST =
            "sign in first: send 'Authorization: Bearer <token>' with a token from POST /api/auth/token";

    private final ObjectMapper json;

    ApiProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        boolean badToken = exception instanceof InvalidBearerTokenException;
        // RFC 6750 section 3: a 401 names the scheme, and the error when a token was presented.
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, badToken ? exception.getMessage() : SIGN_IN_FIRST);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        String detail = exception instanceof CsrfException
                ? "missing or invalid CSRF token: a session request that changes data must send it"
                        + " (header X-CSRF-TOKEN or parameter _csrf); API clients use a bearer token instead"
                : "your account may not do this";
        write(request, response, HttpStatus.FORBIDDEN, detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
