package vn.sogoc.archive.capture;

import java.nio.file.Path;

/** Opens scan files of the accepted formats: PNG, JPEG, TIFF (multi-page, CCITT G4), PDF (port). */
public interface ScanReader {

    /**
     * @throws UnreadableScanException naming the file and the reason when the format is not
     *                                 accepted or the file is damaged
     */
    ScanSource open(Path file) throws UnreadableScanException;
}
