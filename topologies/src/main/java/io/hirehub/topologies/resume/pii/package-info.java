/**
 * PII masking for Korean, English and mixed resumes: {@link io.hirehub.topologies.resume.pii.PiiMasker}
 * replaces personal data with placeholders before any other step sees the text, and records what it
 * removed in {@link io.hirehub.topologies.resume.pii.MaskedFields} ({@code pii_masking_logs.masked_fields}:
 * counts and shape-only previews, never a raw value).
 *
 * <p>Kinds ({@link io.hirehub.topologies.resume.pii.PiiKind}, key → placeholder):
 * <ul>
 *   <li>{@code name} → {@code [NAME]}: labelled names (also {@code SURNAME:} in capitals, 예금주, 추천인);
 *       introductions (…입니다, …라고 합니다, My name is), a name beside a title (김철수 팀장님, Prof.,
 *       어머니), signatures and closings (드림, (인), Sincerely), references and co-author lists, the
 *       title block, a name before its phone number, e-mail or 이력서; Hanja and romanised forms beside a
 *       masked name; names in file names; every further occurrence of a name found, with its
 *       romanisations; the account holder's name in every script it is given in.
 *   <li>{@code phone} → {@code [PHONE]}: Korean and international numbers with any separator people
 *       type (hyphens, dots, middle dots, dashes, slashes, spaces), full-width digits, O1O, 공일공.
 *   <li>{@code email} → {@code [EMAIL]}: plain and spelled out ({@code [at]}, {@code (at)}, 골뱅이,
 *       앳, a spaced or full-width '@', {@code dot}/닷/점), a provider without its domain, the local part
 *       left before a masked domain.
 *   <li>{@code rrn}, {@code frn} → {@code [RRN]}, {@code [FRN]}: registration numbers.
 *   <li>{@code address} → {@code [ADDRESS]}: labelled, Korean road and lot, English and romanised.
 *   <li>{@code birth_date} → {@code [BIRTH_DATE]}: after a birth label or an age, or with 생, six
 *       digits included.
 *   <li>{@code url} → {@code [URL]}: personal web addresses.
 *   <li>{@code bank_account} → {@code [BANK_ACCOUNT]}: next to a bank's name or an account word, and
 *       IBANs by their checksum.
 *   <li>{@code driver_license} → {@code [DRIVER_LICENSE]}: Korean licence shapes anywhere, others
 *       after a licence label.
 *   <li>{@code passport} → {@code [PASSPORT]}: the 2021 Korean format anywhere, older and foreign ones
 *       after a label.
 *   <li>{@code handle} → {@code [HANDLE]}: social handles and messenger IDs after a network's name or
 *       an ID label, {@code @user@host}, {@code @handles} that are not code, handles in file names.
 * </ul>
 *
 * <p>How it works: {@link io.hirehub.topologies.resume.pii.Detector}s (regular-expression
 * {@link io.hirehub.topologies.resume.pii.PiiRule}s and a few hand-written scanners) report stretches
 * of text; {@code MaskingRun} applies them phase by phase, earlier detectors winning overlaps and no
 * detector touching a placeholder, which makes masking idempotent. Ordinary facts stay: a Korean name
 * needs a surname and given-name syllables names use ({@code KoreanNames}), so 신세계, 백엔드 and
 * 전자정부 are not names, and numbers count as personal only by their shape or their context. Each
 * rule searches only the lines holding its keywords (found for all rules in one pass per text) and
 * every pattern is linear on hostile input, which keeps a three-page resume at about 2 ms.
 *
 * <p>{@link io.hirehub.topologies.resume.pii.ChatLlmPiiPass} is the optional second pass by a language
 * model: it receives only rule-masked text, must keep every placeholder, and its answer is masked
 * again. The labelled set that measures all of this is in the tests ({@code /pii/*.jsonl}).
 */
package io.hirehub.topologies.resume.pii;
