package io.hirehub.edge.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hirehub.topologies.query.HostAddress;
import io.hirehub.topologies.query.KeyOwners;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OwnerGroupsTest {

    private static final HostAddress A = new HostAddress("a", 8080);
    private static final HostAddress B = new HostAddress("b", 8080);

    private static KeyOwners local() {
        return new KeyOwners(0, Optional.of(A), List.of(B), true);
    }

    private static KeyOwners at(final HostAddress active, final HostAddress... standbys) {
        return new KeyOwners(1, Optional.of(active), List.of(standbys), false);
    }

    @Test
    void shouldGroupKeysByTheInstanceHoldingTheirActiveCopy() {
        final Map<String, KeyOwners> owners = Map.of(
                "j1", local(),
                "j2", at(B, A),
                "j3", at(new HostAddress("c", 1)),
                "j4", at(B),
                "j5", local());

        final OwnerGroups groups = OwnerGroups.of(List.of("j1", "j2", "j3", "j4", "j5"), owners::get);

        assertThat(groups.local()).containsExactly("j1", "j5");
        assertThat(groups.remote()).containsOnlyKeys(B, new HostAddress("c", 1));
        assertThat(groups.remote().get(B)).containsExactly("j2", "j4");
        assertThat(groups.remote().keySet()).first().isEqualTo(B);
        assertThat(groups.unavailable()).isEmpty();
        assertThat(groups.allOwned()).isTrue();
        assertThat(groups.allLocal()).isFalse();
    }

    @Test
    void shouldNeverSendAKeyToAStandbyEvenWhenThisInstanceHoldsOne() {
        // This instance (A) holds a standby of j1; B holds the active copy: j1 goes to B only.
        final OwnerGroups groups = OwnerGroups.of(List.of("j1"), key -> at(B, A));

        assertThat(groups.local()).isEmpty();
        assertThat(groups.remote()).containsExactly(Map.entry(B, List.of("j1")));
    }

    @Test
    void shouldCountKeysWithoutAnActiveOwnerAsUnavailable() {
        final OwnerGroups groups =
                OwnerGroups.of(List.of("j1", "j2"), key -> key.equals("j1") ? KeyOwners.unavailable() : local());

        assertThat(groups.unavailable()).containsExactly("j1");
        assertThat(groups.local()).containsExactly("j2");
        assertThat(groups.allOwned()).isFalse();
        assertThat(groups.allLocal()).isFalse();
    }

    @Test
    void shouldAskEachKeyOnceAndGroupItOnceWhenGivenTwice() {
        final List<String> asked = new ArrayList<>();
        final OwnerGroups groups = OwnerGroups.of(List.of("j1", "j2", "j1", "j2"), key -> {
            asked.add(key);
            return key.equals("j1") ? local() : at(B);
        });

        assertThat(asked).containsExactly("j1", "j2");
        assertThat(groups.local()).containsExactly("j1");
        assertThat(groups.remote().get(B)).containsExactly("j2");
    }

    @Test
    void shouldBeAllLocalForNoKeysAndKeepItsListsUnmodifiable() {
        final OwnerGroups groups = OwnerGroups.of(List.of(), key -> local());

        assertThat(groups.allLocal()).isTrue();
        assertThatThrownBy(() -> groups.local().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> groups.remote().put(A, List.of())).isInstanceOf(UnsupportedOperationException.class);
    }
}
