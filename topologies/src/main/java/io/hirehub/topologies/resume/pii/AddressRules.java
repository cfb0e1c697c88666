package io.hirehub.topologies.resume.pii;

import java.util.List;
import java.util.Locale;

/**
 * Rules for street (도로명) and lot (지번) addresses in Korean, romanised Korean addresses and
 * English street addresses. An unlabelled Korean address needs a region (시/도 or 시·군·구) in
 * front of the road or 동 so that phrases like {@code 자바로 10년} stay untouched.
 */
final class AddressRules {

    private AddressRules() {}

    private static final String PROVINCE = "(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
            + "|충청북|충청남|전라북|전라남|경상북|경상남)(?:특별시|광역시|특별자치시|특별자치도|도|시)?";
    private static final String SIGUNGU = "[가-힣]{1,6}(?:시|군|구)";
    private static final String REGION = "(?:" + PROVINCE + "[ ]+(?:" + SIGUNGU + "[ ]+){0,2}|(?:" + SIGUNGU
            + "[ ]+){1,2})(?:[가-힣]{1,5}(?:읍|면)[ ]+)?";
    /** Building details after the number: 101동 202호, 5층, OO아파트, (역삼동). */
    private static final String DETAIL =
            "(?:[ ]*,?[ ]*(?:(?:[A-Za-z]|\\d{1,4}|[A-Za-z]\\d{1,3})(?:층|동|호)(?![가-힣])|[A-Za-z]?\\d{1,4}-\\d{1,4}호?"
                    + "|[가-힣A-Za-z0-9]{1,12}(?:아파트|빌딩|타워|빌라|오피스텔|맨션)|[가-힣A-Za-z0-9]{1,15}[ ]*(?=(?:[A-Za-z]|\\d{1,4}|[A-Za-z]\\d{1,3})(?:층|동|호))))*"
                    + "(?:[ ]*\\([^)\\n]{1,30}\\))?";
    /** A number followed by a unit is a quantity, not a building number. */
    private static final String NOT_QUANTITY = "(?!\\d|[.,]\\d|[ ]*(?:년|개월|개|명|%|월|일|배|억|만|회|건|위|차|점|시간|분|초|세))";

    static final PiiRule LABELLED = PiiRule.of(
                    "address-labelled",
                    PiiKind.ADDRESS,
                    "(?im)(?:^|(?<=[|·]))[ \\t]*+[-•*·]?[ \\t]*+(?:주소|현주소|거주지|자택 ?주소|Address|Home Address|Addr\\.?)"
                            + "[ \\t]*[:：|][ \\t]*(?<pii>[^|·\\n]*[^|·\\n\\s])")
            .gatedBy("주소", "거주지", "address", "addr");

    // 서울특별시 강남구 테헤란로 123, 경기도 성남시 분당구 판교역로 235 101동 202호, 강남구 테헤란로4길 15
    static final PiiRule KOREAN_ROAD = PiiRule.of(
                    "address-road",
                    PiiKind.ADDRESS,
                    REGION + "[가-힣0-9]{1,12}(?:로|길)[ ]*(?:\\d{1,4}번?(?:길|가길)[ ]*)?(?:지하[ ]?)?\\d{1,5}(?:-\\d{1,4})?"
                            + NOT_QUANTITY + DETAIL)
            .gatedBy(
                    "시 ", "군 ", "구 ", "도 ", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
                    "전북", "전남", "경북", "경남", "제주", "충청", "전라", "경상");

    // 서울시 강남구 역삼동 123-4, 경기 성남시 분당구 정자동 178-1번지
    static final PiiRule KOREAN_LOT = PiiRule.of(
                    "address-lot",
                    PiiKind.ADDRESS,
                    REGION + "[가-힣0-9]{1,8}(?:동|리|가)[ ]+(?:산[ ]?)?\\d{1,5}(?:-\\d{1,4})?(?:번지)?" + NOT_QUANTITY
                            + DETAIL)
            .gatedBy(
                    "시 ", "군 ", "구 ", "도 ", "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남",
                    "전북", "전남", "경북", "경남", "제주", "충청", "전라", "경상");

    private static final String STREET_TYPES = "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct"
            + "|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy|Square|Sq";

    // 1600 Amphitheatre Parkway, Mountain View, CA 94043 / 221B Baker Street, Apt 4, London
    static final PiiRule ENGLISH_STREET = PiiRule.of(
                    "address-english",
                    PiiKind.ADDRESS,
                    "(?<![\\w.,$])\\d{1,6}[A-Z]?[ ]+(?:[A-Z][a-zA-Z.'-]*[ ]+){1,4}(?:" + STREET_TYPES + ")\\.?(?![\\w])"
                            + "(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|#)\\.?[ ]*[\\w-]+)?"
                            + "(?:,[ ]*[A-Z][a-zA-Z]+(?:[ ][A-Z][a-zA-Z]+){0,2}){0,2}"
                            + "(?:,?[ ]+[A-Z]{2}[ ]+\\d{5}(?:-\\d{4})?)?")
            .gatedBy(STREET_TYPES.toLowerCase(Locale.ROOT).split("\\|"));

    // 123 Teheran-ro, Gangnam-gu, Seoul / Teheran-ro 123, Gangnam-gu
    private static final String ROMANISED_ROAD =
            "[A-Z][a-z]+(?:-[a-z0-9]+)*-(?:ro|daero|gil)(?:[ ]*\\d{1,4}(?:beon)?-gil)?";

    // 123 Teheran-ro, Gangnam-gu, Seoul / Teheran-ro 123, Gangnam-gu
    static final PiiRule ROMANISED_KOREAN = PiiRule.of(
                    "address-romanised",
                    PiiKind.ADDRESS,
                    "(?<![\\w])(?:\\d{1,5}(?:-\\d{1,4})?,?[ ]+" + ROMANISED_ROAD + "|" + ROMANISED_ROAD
                            + "[ ]+\\d{1,5}(?:-\\d{1,4})?)"
                            + "(?:,[ ]*[A-Z][a-z]+(?:-(?:gu|si|gun|dong|do|eup|myeon))?){0,3}(?![\\w])")
            .gatedBy("-ro", "-gil", "-daero");

    /** The rules without a label ({@link #LABELLED} runs earlier: it takes its whole value). */
    static List<PiiRule> unlabelled() {
        return List.of(KOREAN_ROAD, KOREAN_LOT, ENGLISH_STREET, ROMANISED_KOREAN);
    }
}
