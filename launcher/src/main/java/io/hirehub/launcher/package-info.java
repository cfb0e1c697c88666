/**
 * The {@code hirehub} command (picocli, {@link io.hirehub.launcher.HirehubCommand}) and the assembly
 * of the dev stack: {@link io.hirehub.launcher.DevStackAssembly} adds the processing parts (CDC, the
 * resume pipeline, matching, the edge; their {@code StackComponent}s sit beside their commands in
 * {@code .cdc}, {@code .resume}, {@code .match} and {@code .edge}) to the infrastructure of the
 * {@code io.hirehub.stack} module. The commands per area: {@code .cli} (dev, migrate, topics,
 * registry, the shared options, bounded stops), {@code .data} (seed and import), {@code .status}.
 */
package io.hirehub.launcher;
