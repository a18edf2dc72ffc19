package vn.sogoc.archive.samples;

import java.util.Random;

/**
 * How a printed page is spoiled by scanning; every value is drawn from the sample's seed.
 *
 * @param skewDegrees    rotation of the sheet on the glass, degrees, positive = clockwise on screen
 * @param rotation       0, 90, 180 or 270: the page turned clockwise by this many degrees (fed sideways/upside down)
 * @param noiseSigma     Gaussian sensor noise, in grey levels
 * @param blurRadius     0 (none), 1 (slight) or 2 (soft focus)
 * @param brightnessDrop darkening of the darkest corner, 0–0.2 (uneven lighting)
 * @param speckles       dust specks per page
 * @param jpegQuality    quality of the JPEG the scanner encoded with (0–1); 0 when none
 * @param threshold      grey level under which a pixel becomes black in bilevel scans
 * @param whitePoint     grey level from which the scanner's background removal turns pixels white; 256 when off
 */
public record Degradation(double skewDegrees, int rotation, double noiseSigma, int blurRadius, double brightnessDrop,
                          int speckles, float jpegQuality, int threshold, int whitePoint) {

    /** Draws a realistic degradation; {@code skew} and {@code rotation} are given (the spec decides them). */
    public static Degradation random(Random random, double skew, int rotation, boolean jpeg, boolean cleanBackground) {
        return new Degradation(skew, rotation, Picks.between(random, 1.5, 6.0),
                Picks.chance(random, 0.6) ? 1 : Picks.chance(random, 0.3) ? 2 : 0,
                Picks.between(random, 0.0, 0.16), Picks.between(random, 20, 220),
                jpeg ? (float) Picks.between(random, 0.62, 0.85) : 0f, Picks.between(random, 140, 175),
                cleanBackground || Picks.chance(random, 0.5) ? Picks.between(random, 215, 232) : 256);
    }
}
