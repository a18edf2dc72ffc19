package vn.sogoc.archive.samples;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.Random;

import vn.sogoc.archive.samples.LaidOutPage.SignatureMark;

/** Scribbles a handwritten-looking signature (loops and a flourish) in blue ink. */
final class SignaturePainter {

    private SignaturePainter() { }

    static void draw(Graphics2D g, SignatureMark s) {
        Random random = new Random(s.seed());
        Path2D path = new Path2D.Float();
        float x = s.x() + s.width() * 0.1f;
        float midY = s.y() + s.height() * 0.55f;
        path.moveTo(x, midY);
        int strokes = 3 + random.nextInt(3);
        float step = s.width() * 0.75f / strokes;
        for (int i = 0; i < strokes; i++) {
            float h = s.height() * (0.25f + random.nextFloat() * 0.3f);
            path.curveTo(x + step * 0.2f, midY - h, x + step * 1.1f, midY - h * 0.8f, x + step * 0.5f, midY + h * 0.2f);
            path.curveTo(x + step * 0.1f, midY + h * 0.5f, x + step * 0.9f, midY + h * 0.3f, x + step, midY);
            x += step;
        }
        path.curveTo(x + 10, midY - 6, x - s.width() * 0.5f, midY + s.height() * 0.25f, s.x() + s.width() * 0.05f,
                midY + s.height() * 0.1f);
        g.setColor(new Color(28, 38, 130));
        g.setStroke(new BasicStroke(1.1f + random.nextFloat() * 0.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(path);
    }
}
