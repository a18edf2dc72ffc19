package vn.sogoc.archive.app.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import vn.sogoc.archive.app.web.security.ApiClients;

/** The OpenAPI document ({@code /v3/api-docs}): title, and the two ways to authenticate (HTTP Basic, API key). */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI archiveOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sổ Gốc e-Archive API").version("v1")
                        .description("Tìm kiếm hồ sơ, bản sao, hàng đợi xem xét, lịch sử công việc / search, records, copies, "
                                + "review queue, jobs. Roles: ARCHIVIST (jobs, review), CLERK (search, records, copies), "
                                + "AUDITOR (jobs, audit), SYSTEM (fetch and verify copies by ID). Errors: RFC 7807."))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name(ApiClients.HEADER)))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("apiKey"));
    }
}
