package io.hirehub.topologies.deadletter;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Columns whose name says what personal data or secret they hold: their value is replaced whole,
 * whatever it looks like (a name column holding {@code Kim} would pass the text masker). The
 * match is on name parts: {@code email}, {@code contact_email} and {@code email_address} are all
 * e-mails; {@code company_name} is not a person.
 */
final class ColumnPolicy {

    private ColumnPolicy() {}

    private record Rule(Pattern column, String placeholder) {}

    private static final List<Rule> RULES = List.of(
            rule("(?:.*_)?(?:password|passwd|secret|token|api_key|access_key|cognito_sub|otp)(?:_.*)?", "[REDACTED]"),
            rule("(?:.*_)?e?mail(?:_address)?", "[EMAIL]"),
            rule("(?:.*_)?(?:phone|mobile|tel|telephone|fax)(?:_.*)?", "[PHONE]"),
            rule("(?:.*_)?(?:address|addr|street|zipcode|zip_code|postal_code)(?:_.*)?", "[ADDRESS]"),
            rule("(?:.*_)?(?:birth|birthday|birth_date|date_of_birth|dob)(?:_.*)?", "[BIRTH_DATE]"),
            rule("(?:.*_)?(?:rrn|resident_number|resident_registration_number|ssn)(?:_.*)?", "[RRN]"),
            rule("(?:.*_)?(?:passport)(?:_.*)?", "[PASSPORT]"),
            rule("(?:.*_)?(?:bank_account|account_number|iban)(?:_.*)?", "[BANK_ACCOUNT]"),
            rule("(?:.*_)?(?:driver_license|driver_licence|license_number)(?:_.*)?", "[DRIVER_LICENSE]"),
            rule(
                    "(?:name|full_name|first_name|last_name|given_name|family_name|surname|nickname|display_name"
                            + "|real_name|holder_name|contact_name|manager_name|referee_name|user_name|username)",
                    "[NAME]"));

    private static Rule rule(final String column, final String placeholder) {
        return new Rule(Pattern.compile(column), placeholder);
    }

    /** The placeholder that replaces every value of {@code column}, if its name says what it holds. */
    static Optional<String> placeholderFor(final String column) {
        final String name = column.toLowerCase(Locale.ROOT);
        for (final Rule rule : RULES) {
            if (rule.column().matcher(name).matches()) {
                return Optional.of(rule.placeholder());
            }
        }
        return Optional.empty();
    }
}
