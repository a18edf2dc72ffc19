package vn.sogoc.archive.app.wiring;

import java.io.IOException;
import java.net.URI;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.storage.ObjectStore;
import vn.sogoc.archive.storage.embedded.EmbeddedS3Server;
import vn.sogoc.archive.storage.s3.S3ObjectStore;
import vn.sogoc.archive.storage.s3.S3Settings;

/**
 * The object store: S3 through the MinIO SDK, against the embedded S3 server (S3Proxy on loopback over
 * {@code home/s3}) by default, or the configured production endpoint.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "archive.storage.embedded", havingValue = "true", matchIfMissing = true)
    EmbeddedS3Server embeddedS3Server(ArchiveProperties properties) throws IOException {
        ArchiveProperties.Storage s = properties.storage();
        return EmbeddedS3Server.start(properties.s3Dir(), 0, s.accessKey(), s.secretKey());
    }

    @Bean(destroyMethod = "close")
    S3ObjectStore objectStore(ArchiveProperties properties, org.springframework.beans.factory.ObjectProvider<EmbeddedS3Server> embedded) {
        ArchiveProperties.Storage s = properties.storage();
        if (s.embedded()) return new S3ObjectStore(embedded.getObject().settings(s.bucket()));
        if (s.endpoint() == null || s.endpoint().isBlank()) {
            throw new IllegalStateException("archive.storage.endpoint is required when archive.storage.embedded=false");
        }
        return new S3ObjectStore(new S3Settings(URI.create(s.endpoint()), s.accessKey(), s.secretKey(), s.bucket(), s.region()));
    }
}
