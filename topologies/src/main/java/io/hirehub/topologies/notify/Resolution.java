package io.hirehub.topologies.notify;

import java.util.List;
import java.util.Map;

/** What an event resolves to with the rows known now. */
public sealed interface Resolution {

    /** Everyone to notify, and the template variables (absent = unknown; a template naming it fails). */
    record Ready(List<Recipient> recipients, Map<String, String> variables) implements Resolution {
        public Ready {
            recipients = List.copyOf(recipients);
            variables = Map.copyOf(variables);
        }
    }

    /** A row the event needs has not arrived from CDC yet (e.g. the application of its event). */
    record Waiting(String missing) implements Resolution {}
}
