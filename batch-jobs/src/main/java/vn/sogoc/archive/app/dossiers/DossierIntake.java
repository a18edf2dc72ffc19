package vn.sogoc.archive.app.dossiers;

import java.nio.file.Path;
import java.util.List;

/**
 * A dossier presented at the counter: its code, the procedure, the holder, the warehouse documents that
 * stand in for paper components ({@code reuse}), and the scans of the paper components.
 */
public record DossierIntake(String code, String procedureCode, String holderId, List<String> reuse, List<Path> files) {

    public DossierIntake {
        reuse = reuse == null ? List.of() : List.copyOf(reuse);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
