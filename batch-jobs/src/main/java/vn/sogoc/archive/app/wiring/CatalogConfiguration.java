package vn.sogoc.archive.app.wiring;

import java.io.IOException;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.app.register.RegisterCsvParser;
import vn.sogoc.archive.classify.ResultType;
import vn.sogoc.archive.classify.ResultTypeCatalog;

/** The result-type catalog (shipped by the {@code config} module) and what depends only on it. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    ResultTypeCatalog resultTypeCatalog() throws IOException {
        return ResultTypeCatalog.fromClasspath(getClass().getClassLoader());
    }

    @Bean
    RegisterCsvParser registerCsvParser(ResultTypeCatalog catalog) {
        return new RegisterCsvParser(catalog.types().stream().map(ResultType::code).collect(Collectors.toSet()));
    }
}
