package vn.sogoc.archive.app.wiring;

import java.io.IOException;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.search.lucene.LuceneSearchIndex;

/** The Lucene index of archived records under {@code home/index}. */
@Configuration(proxyBeanMethods = false)
class SearchConfiguration {

    @Bean(destroyMethod = "close")
    SearchIndex searchIndex(ArchiveProperties properties) throws IOException {
        return new LuceneSearchIndex(properties.indexDir());
    }
}
