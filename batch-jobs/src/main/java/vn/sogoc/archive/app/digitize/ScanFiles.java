package vn.sogoc.archive.app.digitize;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files a digitization run covers: every regular, non-hidden file under the input folder,
 * sorted by path; or, with a manifest, the files it names (one path per line, relative to the input
 * folder; blank lines and lines starting with '#' ignored; a CSV's first column is taken).
 */
public final class ScanFiles {

    private ScanFiles() { }

    public static List<Path> list(Path input, Path manifest) throws IOException {
        if (!Files.isDirectory(input)) throw new IOException(input + ": not a folder / không phải thư mục");
        if (manifest != null) return fromManifest(input, manifest);
        try (Stream<Path> walk = Files.walk(input)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> input.relativize(p).toString().chars().noneMatch(c -> c == 0))
                    .filter(p -> !isHidden(input.relativize(p)))
                    .sorted()
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<Path> fromManifest(Path input, Path manifest) throws IOException {
        List<Path> files = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(manifest)) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) continue;
            if (s.contains(",")) s = s.substring(0, s.indexOf(',')).strip().replace("\"", "");
            if (lineNo == 1 && (s.equalsIgnoreCase("file") || s.equalsIgnoreCase("source"))) continue;
            Path p = input.resolve(s).normalize();
            if (!p.startsWith(input)) throw new IOException(manifest.getFileName() + ", line " + lineNo + ": '" + s + "' is outside the input folder");
            if (!Files.isRegularFile(p)) throw new IOException(manifest.getFileName() + ", line " + lineNo + ": no file '" + s + "' in " + input);
            files.add(p);
        }
        return files;
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }
}
