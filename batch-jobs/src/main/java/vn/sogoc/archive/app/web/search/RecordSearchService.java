package vn.sogoc.archive.app.web.search;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.stereotype.Service;

import vn.sogoc.archive.search.SearchIndex;
import vn.sogoc.archive.search.lucene.LuceneSearchIndex;
import vn.sogoc.archive.search.lucene.RecordSearchRequest;
import vn.sogoc.archive.search.lucene.RecordSearchResult;

/** Searches archived records with filters, facets, paging and sorting (the Lucene index's richer query API). */
@Service
public class RecordSearchService {

    private final SearchIndex index;

    public RecordSearchService(SearchIndex index) {
        this.index = index;
    }

    public RecordSearchResult search(RecordSearchRequest request) {
        if (!(index instanceof LuceneSearchIndex lucene)) {
            throw new IllegalStateException("the configured search index has no filtered search: " + index.getClass().getName());
        }
        try {
            return lucene.search(request);
        } catch (IOException e) {
            throw new UncheckedIOException("search index unreadable", e);
        }
    }
}
