package io.hirehub.launcher.cli;

import io.hirehub.runtime.health.PartBoard;
import io.hirehub.runtime.health.PartState;
import io.hirehub.runtime.health.PartStatus;
import io.hirehub.stack.config.HirehubSettings;
import java.util.concurrent.CompletableFuture;
import picocli.CommandLine.Mixin;

/**
 * What every stand-alone processing command ({@code resume-pipeline run}, {@code matching run})
 * shares: the one configuration ({@code --config}, {@code HIREHUB_*}, {@code -s}) with explicit
 * endpoints or those of a running {@code hirehub dev}, and a board of part states that ends the
 * command when a part fails for good.
 */
public final class ProcessingOptions {

    @Mixin
    private StackOptions stack;

    private HirehubSettings settings;

    public HirehubSettings settings() {
        if (settings == null) {
            settings = stack.settings();
        }
        return settings;
    }

    /** Endpoints: the explicit ones, else the running stack's {@code endpoints.json}. */
    public RunningStack endpoints() {
        return new RunningStack(settings());
    }

    /**
     * A board whose first part to fail for good (not retrying) completes the returned future, so the
     * command can end with exit code 4 and let a process manager restart it.
     */
    public static CompletableFuture<Throwable> fatalFailures(final PartBoard board) {
        final CompletableFuture<Throwable> fatal = new CompletableFuture<>();
        board.addListener(status -> {
            if (status.state() == PartState.FAILED && !status.retrying()) {
                fatal.complete(board.health(status.part())
                        .lastFailure()
                        .orElseGet(() -> new IllegalStateException(describe(status))));
            }
        });
        return fatal;
    }

    private static String describe(final PartStatus status) {
        return status.part() + " failed: " + status.detail();
    }
}
