package vn.sogoc.archive.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves the archive home (everything the embedded default keeps) from the global {@code --home DIR}
 * option, else {@code ARCHIVE_HOME}, else {@code ./data}, before Spring starts, and strips the option.
 */
public record ArchiveHome(Path path, List<String> remainingArgs) {

    public static ArchiveHome fromArgs(String[] args, String envHome) {
        List<String> rest = new ArrayList<>();
        String home = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (home == null && rest.isEmpty() && a.equals("--home") && i + 1 < args.length) {
                home = args[++i];
            } else if (home == null && rest.isEmpty() && a.startsWith("--home=")) {
                home = a.substring("--home=".length());
            } else {
                rest.add(a);
            }
        }
        if (home == null || home.isBlank()) home = envHome == null || envHome.isBlank() ? "data" : envHome;
        return new ArchiveHome(Path.of(home).toAbsolutePath().normalize(), List.copyOf(rest));
    }
}
