/**
 * The settings of every {@code hirehub} process, typed and validated once at start-up
 * ({@link io.hirehub.stack.config.HirehubSettings}): each key declared once with its default and
 * meaning ({@link io.hirehub.stack.config.ConfigKeys}, which also registers the keys the topologies
 * declare), resolved with the precedence defaults &lt; file &lt; {@code HIREHUB_*} environment &lt;
 * command line ({@link io.hirehub.stack.config.ConfigLoader}); a bad value names its key.
 */
package io.hirehub.stack.config;
