package vn.sogoc.archive.capture.intake;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.MultiPixelPackedSampleModel;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Decodes a bilevel PNG (ảnh PNG 1 bit: grey, bit depth 1, not interlaced) straight into the packed
 * raster of a 1-bit image: PNG rows are already packed most significant bit first with 0 black and 1
 * white, as the raster is, so after inflating and undoing each row's filter they are copied as they are.
 * The JDK's reader sets 1-bit pixels one at a time (~90 ms a 300-dpi page, against ~8 here). Any other
 * PNG, and anything unexpected in the file, is left to ImageIO ({@code null}), which also reports damage.
 */
final class OneBitPng {

    private static final long SIGNATURE = 0x89504E470D0A1A0AL;
    private static final int IHDR = 0x49484452;
    private static final int IDAT = 0x49444154;
    private static final int IEND = 0x49454E44;
    private static final int TRNS = 0x74524E53;
    private static final int PLTE = 0x504C5445;

    private OneBitPng() { }

    /** The image, or null when {@code file} is not a PNG this decoder takes or it cannot be decoded here. */
    static BufferedImage read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DataInputStream data = new DataInputStream(in);
            byte[] header = new byte[33];
            if (data.readNBytes(header, 0, header.length) != header.length) return null;
            java.nio.ByteBuffer h = java.nio.ByteBuffer.wrap(header);
            if (h.getLong() != SIGNATURE || h.getInt() != 13 || h.getInt() != IHDR) return null;
            int width = h.getInt();
            int height = h.getInt();
            int bitDepth = h.get();
            int colourType = h.get();
            int compression = h.get();
            int filterMethod = h.get();
            int interlace = h.get();
            if (bitDepth != 1 || colourType != 0 || compression != 0 || filterMethod != 0 || interlace != 0
                    || width <= 0 || height <= 0 || (long) width * height > Integer.MAX_VALUE / 2) return null;
            return decode(data, width, height);
        } catch (DataFormatException | IOException | RuntimeException e) {
            return null;
        }
    }

    private static BufferedImage decode(DataInputStream data, int width, int height) throws IOException, DataFormatException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        int stride = ((MultiPixelPackedSampleModel) image.getRaster().getSampleModel()).getScanlineStride();
        byte[] out = ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int rowBytes = (width + 7) / 8;
        byte[] raw = new byte[(rowBytes + 1) * height];
        int filled = 0;
        Inflater inflater = new Inflater();
        try {
            while (true) {
                int length = data.readInt();
                int type = data.readInt();
                if (length < 0) return null;
                if (type == TRNS || type == PLTE) return null; // transparency or a palette: ImageIO's job
                if (type == IDAT) {
                    byte[] chunk = data.readNBytes(length);
                    if (chunk.length != length) return null;
                    inflater.setInput(chunk);
                    while (!inflater.needsInput() && filled < raw.length) {
                        int n = inflater.inflate(raw, filled, raw.length - filled);
                        if (n == 0 && (inflater.finished() || inflater.needsDictionary())) break;
                        filled += n;
                    }
                } else if (data.skipBytes(length) != length) {
                    return null;
                }
                data.skipBytes(4); // CRC
                if (type == IEND || filled == raw.length && inflater.finished()) break;
            }
        } finally {
            inflater.end();
        }
        if (filled != raw.length) return null;
        unfilter(raw, rowBytes, height, out, stride);
        return image;
    }

    /** Undoes the per-row filters (one byte a pixel step for 1-bit images) into the raster rows. */
    private static void unfilter(byte[] raw, int rowBytes, int height, byte[] out, int stride) {
        for (int y = 0; y < height; y++) {
            int filter = raw[y * (rowBytes + 1)];
            int src = y * (rowBytes + 1) + 1;
            int dst = y * stride;
            int up = dst - stride;
            for (int i = 0; i < rowBytes; i++) {
                int x = raw[src + i] & 0xFF;
                int a = i > 0 ? out[dst + i - 1] & 0xFF : 0;
                int b = y > 0 ? out[up + i] & 0xFF : 0;
                int value = switch (filter) {
                    case 0 -> x;
                    case 1 -> x + a;
                    case 2 -> x + b;
                    case 3 -> x + ((a + b) >>> 1);
                    case 4 -> x + paeth(a, b, i > 0 && y > 0 ? out[up + i - 1] & 0xFF : 0);
                    default -> throw new IllegalArgumentException("PNG filter type " + filter);
                };
                out[dst + i] = (byte) value;
            }
        }
    }

    private static int paeth(int a, int b, int c) {
        int p = a + b - c;
        int pa = Math.abs(p - a);
        int pb = Math.abs(p - b);
        int pc = Math.abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
