package vn.sogoc.archive.capture.intake;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;

import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import vn.sogoc.archive.capture.PageImage;
import vn.sogoc.archive.capture.ScanSource;
import vn.sogoc.archive.capture.SourceJpeg;
import vn.sogoc.archive.capture.UnreadableScanException;
import vn.sogoc.archive.timing.Stage;
import vn.sogoc.archive.timing.StageTimes;

/**
 * A PNG, JPEG or TIFF (multi-page, CCITT G4) file whose pages are decoded one at a time; bilevel PNGs by
 * {@link OneBitPng}, everything else by the JDK's image readers.
 */
final class ImageScanSource implements ScanSource {

    static final int DEFAULT_DPI = 300;

    private final Path file;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final int pageCount;
    private final PixelBudget budget;

    private ImageScanSource(Path file, ImageInputStream input, ImageReader reader, int pageCount, PixelBudget budget) {
        this.file = file;
        this.input = input;
        this.reader = reader;
        this.pageCount = pageCount;
        this.budget = budget;
    }

    static ImageScanSource open(Path file, ScanFormat format, PixelBudget budget) throws UnreadableScanException {
        ImageInputStream input = null;
        try {
            input = ImageIO.createImageInputStream(file.toFile());
            if (input == null) {
                throw new UnreadableScanException(file, "cannot be opened as an image stream");
            }
            ImageReader reader = readerFor(input, format)
                .orElseThrow(() -> new UnreadableScanException(file, "no image decoder for " + format));
            reader.setInput(input, false, false);
            int count = reader.getNumImages(true);
            if (count < 1) {
                throw new UnreadableScanException(file, "holds no image");
            }
            return new ImageScanSource(file, input, reader, count, budget);
        } catch (IOException | RuntimeException e) {
            closeQuietly(input);
            throw new UnreadableScanException(file, "damaged " + format + " file (" + e.getMessage() + ")", e);
        } catch (UnreadableScanException e) {
            closeQuietly(input);
            throw e;
        }
    }

    /** Prefers the JDK's own plugin (its TIFF reader decodes CCITT G4) over ones found on the classpath. */
    private static java.util.Optional<ImageReader> readerFor(ImageInputStream input, ScanFormat format) {
        ImageReader fallback = null;
        for (Iterator<ImageReader> it = ImageIO.getImageReadersByFormatName(format.name().toLowerCase()); it.hasNext(); ) {
            ImageReader candidate = it.next();
            if (candidate.getClass().getName().startsWith("com.sun.imageio")) {
                return java.util.Optional.of(candidate);
            }
            if (fallback == null) {
                fallback = candidate;
            }
        }
        return java.util.Optional.ofNullable(fallback);
    }

    @Override
    public int pageCount() { return pageCount; }

    @Override
    public PageImage page(int index) throws IOException {
        if (index < 0 || index >= pageCount) {
            throw new IndexOutOfBoundsException("page " + index + " of " + pageCount + " in " + file.getFileName());
        }
        try {
            int step = budget.subsampling(reader.getWidth(index), reader.getHeight(index));
            ImageReadParam param = reader.getDefaultReadParam();
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            int dpi = MetadataDpi.of(reader.getImageMetadata(index)).orElse(DEFAULT_DPI);
            BufferedImage decoded;
            try (StageTimes.Span s = StageTimes.start(Stage.DECODE)) {
                decoded = pageCount == 1 && step == 1 && "png".equalsIgnoreCase(reader.getFormatName())
                    ? OneBitPng.read(file) : null;
                if (decoded == null) {
                    decoded = decode(index, param);
                }
            }
            ImageNormalizer.Normalized page;
            try (StageTimes.Span s = StageTimes.start(Stage.COLOUR)) {
                page = ImageNormalizer.normalize(decoded);
            }
            BufferedImage image = page.image();
            byte[] jpeg = pageCount == 1 && step == 1 && "jpeg".equalsIgnoreCase(reader.getFormatName())
                ? BaselineJpeg.bytesFor(file, page.kind()) : null;
            if (jpeg != null) {
                image = SourceJpeg.attach(image, jpeg); // the PDF embeds these bytes while the page is not turned
            }
            return new PageImage(index, image, Math.max(1, dpi / step), page.kind());
        } catch (IIOException | RuntimeException e) {
            throw new IOException(file.getFileName() + ": page " + (index + 1) + " cannot be decoded (" + e.getMessage() + ")", e);
        }
    }

    private BufferedImage decode(int index, ImageReadParam param) throws IOException {
        try {
            return reader.read(index, param);
        } catch (IIOException e) {
            // The JDK's JPEG reader refuses CMYK/YCCK images but still hands out their raster.
            if (reader.canReadRaster() && String.valueOf(e.getMessage()).contains("Unsupported Image Type")) {
                return CmykConverter.toRgb(reader.readRaster(index, param));
            }
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }

    private static void closeQuietly(ImageInputStream input) {
        if (input != null) {
            try {
                input.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }
}
