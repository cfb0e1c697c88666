package io.hirehub.launcher;

import io.hirehub.apps.apply.ApplicationsApp;
import io.hirehub.apps.match.MatchingApp;
import io.hirehub.apps.resume.ResumePipelineApp;
import io.hirehub.launcher.apply.ApplicationsStackComponent;
import io.hirehub.launcher.cdc.CdcStackComponent;
import io.hirehub.launcher.edge.EdgeStackComponent;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.launcher.notify.NotificationsStackComponent;
import io.hirehub.launcher.resume.ResumePipelineStackComponent;
import io.hirehub.stack.Ports;
import io.hirehub.stack.StackAssembly;
import io.hirehub.stack.StackComponent;
import io.hirehub.stack.StackComponents;
import io.hirehub.stack.config.HirehubSettings;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.kafka.streams.state.HostInfo;

/**
 * What {@code hirehub dev} runs: the infrastructure, then CDC, the resume pipeline, matching, applications, notifications (when {@code notifications.enabled}) and
 * (when {@code edge.enabled}) the edge, which reads matching's stores in the same process.
 * Registered as the {@link StackAssembly} of every JVM that has the launcher on its class path.
 */
public final class DevStackAssembly implements StackAssembly {

    @Override
    public List<StackComponent> parts(final HirehubSettings settings) {
        final List<StackComponent> parts = StackComponents.infrastructure(settings);
        parts.add(new CdcStackComponent());
        final ResumePipelineStackComponent resumes = new ResumePipelineStackComponent();
        parts.add(resumes);
        if (settings.notifications().enabled()) {
            parts.add(new NotificationsStackComponent());
        }
        if (!settings.edge().enabled()) {
            parts.add(new MatchingStackComponent());
            parts.add(new ApplicationsStackComponent());
            return parts;
        }
        // Matching and applications answer their queries at the edge's address: another instance's edge forwards there.
        final int edgePort = Ports.resolve(settings.edge().port());
        final MatchingStackComponent matching =
                new MatchingStackComponent(Optional.of(new HostInfo(settings.host(), edgePort)));
        parts.add(matching);
        final ApplicationsStackComponent applications =
                new ApplicationsStackComponent(Optional.of(new HostInfo(settings.host(), edgePort)));
        parts.add(applications);
        parts.add(new EdgeStackComponent(
                settings,
                edgePort,
                () -> matching.runtime().map(MatchingApp::queries),
                () -> applications.runtime().map(ApplicationsApp::queries),
                () -> Stream.of(
                                resumes.runtime().map(ResumePipelineApp::streams),
                                matching.runtime().map(MatchingApp::streams),
                                applications.runtime().map(ApplicationsApp::streams))
                        .flatMap(Optional::stream)
                        .toList()));
        return parts;
    }
}
