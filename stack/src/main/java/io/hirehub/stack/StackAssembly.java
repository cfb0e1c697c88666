package io.hirehub.stack;

import io.hirehub.stack.config.HirehubSettings;
import java.util.List;

/**
 * The full list of parts a stack runs: {@link StackComponents#infrastructure} plus the processing
 * parts. Implemented once, by the module that assembles the product (the launcher), and found with
 * {@link java.util.ServiceLoader} through {@code META-INF/services/io.hirehub.stack.StackAssembly}.
 */
public interface StackAssembly {

    /** The parts to start for {@code settings}, in start order. */
    List<StackComponent> parts(HirehubSettings settings);
}
