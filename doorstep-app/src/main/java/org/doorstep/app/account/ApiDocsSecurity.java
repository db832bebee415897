package org.doorstep.app.account;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Declares the bearer token in the OpenAPI description, so that Swagger UI's "Authorize" sends it on every call. */
@Configuration(proxyBeanMethods = false)
class ApiDocsSecurity {

    private static final String SCHEME = "bearer";

    @Bean
    OpenApiCustomizer bearerTokenScheme() {
        return openApi -> {
            if (openApi.getComponents() == null) {
                openApi.setComponents(new Components());
            }
            openApi.getComponents()
                    .addSecuritySchemes(
                            SCHEME,
                            new SecurityScheme()
                                    .type(SecurityScheme.Type.HTTP)
                                    .scheme(SCHEME)
                                    .description("a token from POST /api/auth/token"));
            openApi.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        };
    }
}
