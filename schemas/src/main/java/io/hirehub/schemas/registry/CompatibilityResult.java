package io.hirehub.schemas.registry;

import java.util.List;

/**
 * Answer of a compatibility test ({@code POST /compatibility/subjects/{s}/versions/{v}}).
 *
 * @param compatible whether the registry would accept the schema
 * @param messages   the reasons when it would not (empty when the registry gave none)
 */
public record CompatibilityResult(boolean compatible, List<String> messages) {

    public CompatibilityResult {
        messages = List.copyOf(messages);
    }
}
