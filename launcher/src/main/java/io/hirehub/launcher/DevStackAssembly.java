package io.hirehub.launcher;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.launcher.cdc.CdcStackComponent;
import io.hirehub.launcher.edge.EdgeStackComponent;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.launcher.resume.ResumePipelineStackComponent;
import io.hirehub.stack.StackAssembly;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackComponents;
import io.hirehub.stack.config.HirehubSettings;
import java.util.List;

/**
 * What {@code hirehub dev} runs: the infrastructure, then CDC, the resume pipeline, matching and
 * (when {@code edge.enabled}) the edge, which reads matching's stores in the same process.
 * Registered as the {@link StackAssembly} of every JVM that has the launcher on its class path.
 */
public final class DevStackAssembly implements StackAssembly {

    @Override
    public List<StackComponent> parts(final HirehubSettings settings) {
        final List<StackComponent> parts = StackComponents.infrastructure(settings);
        parts.add(new CdcStackComponent());
        parts.add(new ResumePipelineStackComponent());
        final MatchingStackComponent matching = new MatchingStackComponent();
        parts.add(matching);
        if (settings.edge().enabled()) {
            parts.add(new EdgeStackComponent(settings, () -> matching.runtime().map(MatchingApp::queries)));
        }
        return parts;
    }
}
