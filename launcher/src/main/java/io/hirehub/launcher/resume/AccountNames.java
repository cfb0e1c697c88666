package io.hirehub.launcher.resume;

import java.util.List;
import java.util.Optional;

/** The {@code --name} options as the one account-name string the masker takes (forms joined by " / "). */
final class AccountNames {

    private AccountNames() {}

    static Optional<String> joined(final List<String> names) {
        final List<String> forms =
                names.stream().map(String::strip).filter(n -> !n.isEmpty()).toList();
        return forms.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", forms));
    }
}
