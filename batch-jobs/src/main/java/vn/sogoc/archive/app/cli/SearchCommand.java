package vn.sogoc.archive.app.cli;

import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.sogoc.archive.search.SearchHit;
import vn.sogoc.archive.search.SearchIndex;

/** {@code search "QUERY"}: prints the best hits; diacritics are optional, a number finds its record. */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Tìm trong kho (không cần dấu) / search the archive (diacritics optional)")
class SearchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "QUERY", arity = "1..*")
    List<String> words;

    @Option(names = "--limit", defaultValue = "10")
    int limit;

    private final SearchIndex index;

    SearchCommand(SearchIndex index) {
        this.index = index;
    }

    @Override
    public Integer call() throws Exception {
        String query = String.join(" ", words);
        List<SearchHit> hits = index.search(query, Math.max(1, Math.min(limit, 1000)));
        if (hits.isEmpty()) {
            System.out.println("Không tìm thấy / no match: " + query);
            return 0;
        }
        int i = 1;
        for (SearchHit h : hits) {
            System.out.printf("%2d. %s  %s  %s  [%s]  %.2f%n", i++, h.registerNo(), h.number(), h.holderName(),
                    h.typeCode(), h.score());
            if (h.snippet() != null && !h.snippet().isBlank()) System.out.println("    " + h.snippet().replaceAll("\\s+", " "));
        }
        return 0;
    }
}
