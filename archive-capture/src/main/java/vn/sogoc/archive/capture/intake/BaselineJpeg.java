package vn.sogoc.archive.capture.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.sogoc.archive.capture.ColorKind;

/**
 * Decides whether a JPEG file can go into the PDF as it is (JPEG gốc nhúng nguyên vẹn): a baseline or
 * extended sequential 8-bit JPEG with one (grey) or three (YCbCr colour) components, without an Adobe
 * colour-transform marker, whose page was classified as the same kind (a colour scan of a black-and-white
 * page is stored grey, so it is re-encoded). Progressive, 12-bit, CMYK/YCCK and lossless files are not.
 */
final class BaselineJpeg {

    /** Files larger than this are not held in memory a second time. */
    private static final long MAX_BYTES = 64L << 20;

    private BaselineJpeg() { }

    /** The file's bytes when they can be embedded for a page of {@code kind}, else null. */
    static byte[] bytesFor(Path file, ColorKind kind) throws IOException {
        if (kind == ColorKind.BILEVEL || Files.size(file) > MAX_BYTES) return null;
        byte[] jpeg = Files.readAllBytes(file);
        int components = components(jpeg);
        return kind == ColorKind.COLOR && components == 3 || kind == ColorKind.GRAY && components == 1 ? jpeg : null;
    }

    /** The number of components of a sequential 8-bit JPEG without an Adobe marker, else −1. */
    static int components(byte[] jpeg) {
        if (jpeg.length < 4 || (jpeg[0] & 0xFF) != 0xFF || (jpeg[1] & 0xFF) != 0xD8) return -1;
        int i = 2;
        while (i + 4 <= jpeg.length) {
            if ((jpeg[i] & 0xFF) != 0xFF) return -1;
            int marker = jpeg[i + 1] & 0xFF;
            if (marker == 0xFF) { i++; continue; } // fill byte
            int length = ((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF);
            if (marker == 0xEE && length >= 7 && i + 9 <= jpeg.length && jpeg[i + 4] == 'A' && jpeg[i + 5] == 'd'
                    && jpeg[i + 6] == 'o' && jpeg[i + 7] == 'b' && jpeg[i + 8] == 'e') {
                return -1; // Adobe APP14: its colour transform is not what DCTDecode assumes by default
            }
            if (marker == 0xC0 || marker == 0xC1) {
                if (i + 10 > jpeg.length || jpeg[i + 4] != 8) return -1; // 8-bit precision only
                int components = jpeg[i + 9] & 0xFF;
                if (components == 3 && i + 17 <= jpeg.length && jpeg[i + 10] == 'R' && jpeg[i + 13] == 'G'
                        && jpeg[i + 16] == 'B') {
                    return -1; // RGB-coded, not YCbCr
                }
                return components;
            }
            if (marker >= 0xC2 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
                return -1; // progressive, lossless, arithmetic-coded
            }
            if (marker == 0xDA || marker == 0xD9) return -1; // scan or end before a frame header
            i += 2 + length;
        }
        return -1;
    }
}
