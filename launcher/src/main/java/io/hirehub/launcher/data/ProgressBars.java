package io.hirehub.launcher.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** One progress bar per seed phase on stderr (stdout stays JSON for pipes), or none. */
final class ProgressBars implements SeedRunner.Progress, AutoCloseable {

    private final boolean enabled;
    private final List<ProgressBar> bars = new ArrayList<>();

    private ProgressBars(final boolean enabled) {
        this.enabled = enabled;
    }

    static ProgressBars onStderr() {
        return new ProgressBars(true);
    }

    static ProgressBars none() {
        return new ProgressBars(false);
    }

    @Override
    public synchronized IntConsumer phase(final String name, final int total) {
        closeAll();
        if (!enabled || total == 0) {
            return steps -> {};
        }
        final ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(name)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUnit(" rows", 1)
                .showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                .build();
        bars.add(bar);
        return bar::stepBy;
    }

    private void closeAll() {
        bars.forEach(ProgressBar::close);
        bars.clear();
    }

    @Override
    public synchronized void close() {
        closeAll();
    }
}
