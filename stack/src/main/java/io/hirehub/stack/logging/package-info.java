/**
 * What a {@code hirehub} process logs where: the console shows the command's and the stack's own
 * lines (engines only at WARN, and not at all once a log file is written); every process that runs
 * parts of the stack also writes {@code DIR/logs/hirehub.log}, which gets everything
 * ({@link io.hirehub.stack.logging.Logging}, {@link io.hirehub.stack.logging.ConsoleFilter}).
 */
package io.hirehub.stack.logging;
