package io.hirehub.topologies.resume.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Deterministic, rule-based PII masking for Korean, English and mixed resumes.
 *
 * <p>Detectors run in phases and a fixed order: file names, handles and e-mails (their local parts
 * hold digits), URLs, handles, identity documents, bank accounts, registration numbers and birth
 * dates, phones, addresses (one phase, earlier detectors win where stretches overlap); then names:
 * the account holder's name, labelled and context names, the title block and signatures (which may
 * use the placeholders before them, e.g. a name before a {@code [PHONE]}); the other scripts of
 * names found, and every further occurrence of a name found anywhere in the text. Only the lines
 * holding a rule's keywords are searched. No detector masks a placeholder, which makes masking
 * idempotent:
 * {@code mask(mask(x).maskedText()) == mask(x).maskedText()} with no fields recorded the second
 * time. Ordinary numbers and words (periods such as {@code 2019.03 ~ 2022.02}, salaries, versions,
 * order and project codes, counts, company, school and city names) match no rule.
 *
 * <p>Every pattern is linear on hostile input: possessive or bounded quantifiers only where a
 * pattern could otherwise retry a long stretch.
 *
 * <p>Thread-safe and stateless apart from the compiled rules.
 */
public final class PiiMasker implements TextMasker {

    private static final NameLines NAME_LINES = new NameLines();
    private static final FileNames FILE_NAMES = new FileNames();
    private static final NameList NAME_LIST = new NameList();

    /** Licence, registration and phone numbers recognised by their shape, tried only where digits start. */
    private static final NumberShapes NUMBER_SHAPES = new NumberShapes(List.of(
            new NumberShapes.Shape(DocumentRules.LICENSE_KR_NUMERIC, 12),
            new NumberShapes.Shape(IdentityRules.RRN, 7),
            new NumberShapes.Shape(IdentityRules.FRN, 7),
            new NumberShapes.Shape(ContactRules.PHONE_KR_MOBILE, 8),
            new NumberShapes.Shape(ContactRules.PHONE_KR_LANDLINE, 9),
            new NumberShapes.Shape(ContactRules.PHONE_NANP, 10)));

    /** Contacts, identifiers, numbers and addresses: one phase, the detectors' order is their priority. */
    private final List<Detector> beforeNames;

    public PiiMasker() {
        final List<Detector> ordered = new ArrayList<>();
        ordered.add(HandleRules.FEDIVERSE);
        ordered.add(ContactRules.EMAIL);
        ordered.addAll(ContactRules.urls());
        // File names after URLs (a file in a URL is part of the URL), before spelled-out e-mails
        // (demo_@olivia.design.mp4 is a handle in a file name).
        ordered.add(FILE_NAMES);
        ordered.addAll(ContactRules.spelledEmails());
        // An address label takes its whole value, phone numbers in it included.
        ordered.add(AddressRules.LABELLED);
        ordered.addAll(HandleRules.all());
        ordered.add(NUMBER_SHAPES);
        ordered.addAll(DocumentRules.all());
        ordered.addAll(BankAccountRules.all());
        ordered.addAll(IdentityRules.birthDates());
        ordered.addAll(ContactRules.phones());
        ordered.addAll(AddressRules.unlabelled());
        this.beforeNames = List.copyOf(ordered);
    }

    /** Masks {@code text} without knowing the account holder's name. */
    public MaskingResult mask(final String text) {
        return mask(text, Optional.empty());
    }

    /**
     * Masks {@code text}; {@code accountName} is the account holder's name from the user profile
     * or the command line, masked wherever it appears in any of the scripts it is given in (forms
     * separated by {@code /}, {@code |} or brackets: {@code 홍길동 (Hong Gildong / 洪吉童)}) and in the
     * usual romanisations of its Hangul form.
     */
    @Override
    public MaskingResult mask(final String text, final Optional<String> accountName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(accountName, "accountName");
        final MaskingRun run = new MaskingRun(text);
        run.run(beforeNames);
        run.run(ContactRules.EMAIL_LOCAL_LEFT);
        final List<Detector> names = new ArrayList<>();
        accountName.filter(name -> !name.isBlank()).map(KnownNames::ofAccount).ifPresent(names::add);
        names.addAll(NameRules.contexts());
        names.add(NAME_LINES);
        names.add(NAME_LIST);
        run.run(names);
        aliases(run);
        run.run(NameRules.ALIAS_HANGUL_SPACED);
        final KnownNames found = KnownNames.ofFound(run.names());
        if (!found.isEmpty()) {
            run.run(found);
            aliases(run);
        }
        return new MaskingResult(run.text(), run.fields());
    }

    /** Other scripts of masked names; again while a pass finds one, so 홍길동(洪吉童, Hong Gildong) loses both. */
    private static void aliases(final MaskingRun run) {
        for (int pass = 0; pass < 3; pass++) {
            if (!run.run(NameRules.ALIASES)) {
                return;
            }
        }
    }
}
