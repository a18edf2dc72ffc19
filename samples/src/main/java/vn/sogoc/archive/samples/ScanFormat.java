package vn.sogoc.archive.samples;

/** File format of a sample: scanned images, image-only PDF, or a born-digital PDF with real text. */
public enum ScanFormat {
    PNG("png"), JPEG("jpg"), TIFF("tif"), PDF("pdf"), TEXT_PDF("pdf");

    private final String extension;

    ScanFormat(String extension) { this.extension = extension; }

    public String extension() { return extension; }

    /** Parses "png", "jpeg"/"jpg", "tiff"/"tif", "pdf", "text-pdf". */
    public static ScanFormat parse(String s) {
        return switch (s.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "png" -> PNG;
            case "jpg", "jpeg" -> JPEG;
            case "tif", "tiff" -> TIFF;
            case "pdf" -> PDF;
            case "text-pdf", "text_pdf", "born-digital" -> TEXT_PDF;
            default -> throw new IllegalArgumentException("Unknown format '" + s + "' (png, jpeg, tiff, pdf, text-pdf)");
        };
    }
}
