package io.hirehub.launcher.it;

import io.hirehub.apps.match.MatchingApp;
import io.hirehub.launcher.data.DataTargets;
import io.hirehub.launcher.match.MatchingStackComponent;
import io.hirehub.schemas.migration.MigrationSettings;
import io.hirehub.testsupport.SharedStack;

/** What the launcher's ITs reach in the shared stack beyond its infrastructure: the dev stack's parts. */
public final class DevStackParts {

    private DevStackParts() {}

    /** The matching application of the shared stack, for its interactive queries. */
    public static MatchingApp matching(final SharedStack shared) {
        return shared.stack()
                .component(MatchingStackComponent.class)
                .flatMap(MatchingStackComponent::runtime)
                .orElseThrow(() -> new IllegalStateException("the shared stack runs no matching"));
    }

    /** New system-of-record writers on the shared stack's database; the caller closes them. */
    public static DataTargets targets(final SharedStack shared) {
        return DataTargets.open(
                shared.endpoints(), MigrationSettings.of(shared.jdbcUrl(), shared.jdbcUser(), shared.jdbcPassword()));
    }
}
