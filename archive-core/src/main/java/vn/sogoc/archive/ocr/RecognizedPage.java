package vn.sogoc.archive.ocr;

import vn.sogoc.archive.capture.PageImage;

/**
 * A page made upright and read: the image to archive (rotated and deskewed, so that the word boxes
 * line up with it) and its text.
 *
 * @param rotation degrees clockwise that were applied to make the page upright (0, 90, 180, 270)
 * @param skew     degrees of skew that were removed
 */
public record RecognizedPage(PageImage page, PageText text, int rotation, double skew) { }
