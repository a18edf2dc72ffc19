package vn.sogoc.archive.timing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Nested spans: the inner stage's time is its own, the outer stage keeps only what is left. */
class StageTimesTest {

    @Test
    void innerStageTimeIsTakenOutOfTheOuterOne() throws InterruptedException {
        StageTimes.Snapshot before = StageTimes.snapshot();
        long outerStart = System.nanoTime();
        long innerWall;
        try (StageTimes.Span outer = StageTimes.start(Stage.PDF)) {
            Thread.sleep(30);
            long innerStart = System.nanoTime();
            try (StageTimes.Span inner = StageTimes.start(Stage.SIGN)) {
                Thread.sleep(60);
            }
            innerWall = System.nanoTime() - innerStart;
        }
        long outerWall = System.nanoTime() - outerStart;
        StageTimes.Snapshot d = StageTimes.snapshot().minus(before);

        assertThat(d.of(Stage.SIGN).count()).isEqualTo(1);
        assertThat(d.of(Stage.PDF).count()).isEqualTo(1);
        assertThat(d.of(Stage.SIGN).wallNanos()).isBetween(60_000_000L, innerWall);
        assertThat(d.of(Stage.PDF).wallNanos()).isBetween(30_000_000L, outerWall - 60_000_000L);
        assertThat(d.of(Stage.OCR).count()).isZero();
    }

    @Test
    void cpuTimeCountsWorkNotSleep() throws InterruptedException {
        StageTimes.Snapshot before = StageTimes.snapshot();
        org.junit.jupiter.api.Assumptions.assumeTrue(before.cpuMeasured(), "thread CPU time not available");
        try (StageTimes.Span s = StageTimes.start(Stage.INDEX)) {
            Thread.sleep(50);
        }
        try (StageTimes.Span s = StageTimes.start(Stage.RECORD)) {
            long end = StageTimes.threadCpu() + 20_000_000L;
            long x = 0;
            while (StageTimes.threadCpu() < end) x++;
            assertThat(x).isPositive();
        }
        StageTimes.Snapshot d = StageTimes.snapshot().minus(before);
        assertThat(d.of(Stage.INDEX).cpuNanos()).isLessThan(10_000_000L);
        assertThat(d.of(Stage.RECORD).cpuNanos()).isGreaterThanOrEqualTo(20_000_000L);
    }
}
