package vn.sogoc.archive.samples;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Prints, degrades and saves the pages of one scan in its format. */
final class ScanWriter {

    private ScanWriter() { }

    static void write(List<LaidOutPage> pages, SampleSpec spec, FontSet fonts, Random random, Path file) throws IOException {
        boolean lossy = spec.format() == ScanFormat.JPEG || spec.format() == ScanFormat.PDF;
        List<BufferedImage> images = new ArrayList<>();
        float quality = 0.8f;
        for (LaidOutPage page : pages) {
            BufferedImage clean = PageRasterizer.render(page, fonts, spec.dpi(), random);
            Degradation d = Degradation.random(random, spec.skew(), spec.rotation(), lossy,
                    spec.format() == ScanFormat.PNG || spec.format() == ScanFormat.TIFF);
            BufferedImage img = Degrader.degrade(clean, d, spec.colour(), random);
            if (lossy) quality = d.jpegQuality();
            if (!lossy && spec.colour() != ColourMode.BILEVEL && Picks.chance(random, 0.4)) {
                img = ImageFiles.jpegRoundTrip(img, (float) Picks.between(random, 0.7, 0.9));
            }
            images.add(img);
        }
        switch (spec.format()) {
            case PNG -> ImageFiles.writePng(images.get(0), spec.dpi(), file);
            case JPEG -> ImageFiles.writeJpeg(images.get(0), spec.dpi(), quality, file);
            case TIFF -> ImageFiles.writeTiff(images, spec.dpi(), file);
            case PDF -> PdfFiles.writeImagePdf(images, spec.dpi(), quality, file, spec.seed());
            default -> throw new IllegalArgumentException(spec.format() + " is not a scan format");
        }
    }
}
