package io.hirehub.launcher.data;

import java.util.List;

/** Word lists of the synthetic data: Korean and English people, companies, places and schools. */
final class Vocabulary {

    /** Korean family names with their usual romanisation. */
    static final List<String[]> KO_FAMILY = List.of(
            new String[] {"김", "Kim"},
            new String[] {"이", "Lee"},
            new String[] {"박", "Park"},
            new String[] {"최", "Choi"},
            new String[] {"정", "Jung"},
            new String[] {"강", "Kang"},
            new String[] {"조", "Cho"},
            new String[] {"윤", "Yoon"},
            new String[] {"장", "Jang"},
            new String[] {"임", "Lim"},
            new String[] {"한", "Han"},
            new String[] {"오", "Oh"},
            new String[] {"서", "Seo"},
            new String[] {"신", "Shin"},
            new String[] {"권", "Kwon"},
            new String[] {"황", "Hwang"});

    /** Korean given names with their romanisation. */
    static final List<String[]> KO_GIVEN = List.of(
            new String[] {"민준", "Minjun"},
            new String[] {"서연", "Seoyeon"},
            new String[] {"도윤", "Doyun"},
            new String[] {"지우", "Jiwoo"},
            new String[] {"하준", "Hajun"},
            new String[] {"서윤", "Seoyun"},
            new String[] {"예준", "Yejun"},
            new String[] {"지민", "Jimin"},
            new String[] {"시우", "Siwoo"},
            new String[] {"수아", "Sua"},
            new String[] {"현우", "Hyunwoo"},
            new String[] {"지호", "Jiho"},
            new String[] {"유진", "Yujin"},
            new String[] {"은서", "Eunseo"},
            new String[] {"준서", "Junseo"},
            new String[] {"하은", "Haeun"},
            new String[] {"성민", "Sungmin"},
            new String[] {"다은", "Daeun"},
            new String[] {"태윤", "Taeyun"},
            new String[] {"소연", "Soyeon"});

    static final List<String> EN_FIRST = List.of(
            "James", "Emily", "Daniel", "Sarah", "Michael", "Olivia", "David", "Grace", "Ryan", "Hannah", "Kevin",
            "Chloe", "Brian", "Rachel", "Jason", "Laura");

    static final List<String> EN_LAST = List.of(
            "Smith",
            "Johnson",
            "Miller",
            "Brown",
            "Wilson",
            "Taylor",
            "Anderson",
            "Thomas",
            "Moore",
            "Martin",
            "Clark",
            "Lewis",
            "Walker",
            "Young");

    static final List<String> KO_COMPANY_STEM = List.of(
            "한빛", "누리", "바다", "하늘", "새봄", "다온", "푸른", "온길", "미르", "가람", "별빛", "해솔", "라온", "두레", "나래", "보람", "은하", "청림");

    static final List<String> KO_COMPANY_SUFFIX =
            List.of("테크", "소프트", "커머스", "랩스", "시스템", "네트웍스", "데이터", "페이", "헬스케어", "모빌리티");

    static final List<String> EN_COMPANY_STEM = List.of(
            "Blue Harbor",
            "Northwind",
            "Bright Path",
            "Silver Peak",
            "Open Field",
            "Red Maple",
            "Clearwater",
            "Summit",
            "Lumen",
            "Keystone",
            "Brightline",
            "Nova");

    static final List<String> EN_COMPANY_SUFFIX =
            List.of("Technologies", "Labs", "Systems", "Solutions", "Inc.", "Software", "Data");

    static final List<String> INDUSTRIES = List.of(
            "IT/소프트웨어",
            "핀테크",
            "이커머스",
            "게임",
            "헬스케어",
            "모빌리티",
            "에듀테크",
            "미디어/콘텐츠",
            "광고/마케팅",
            "Cloud Services",
            "Fintech",
            "E-commerce",
            "SaaS");

    /** Job and company locations; Regions in topologies reduces them to 서울, 경기, busan, remote. */
    static final List<String> LOCATIONS = List.of(
            "서울 강남구",
            "서울 서초구",
            "서울 마포구",
            "서울 송파구",
            "서울 영등포구",
            "경기 성남시 분당구 판교",
            "판교",
            "경기 수원시",
            "부산 해운대구",
            "Busan",
            "Seoul",
            "대전 유성구",
            "Remote");

    /** Street addresses for resumes (PII: the masker removes them). */
    static final List<String> KO_STREETS = List.of(
            "서울특별시 강남구 테헤란로",
            "서울특별시 송파구 올림픽로",
            "서울특별시 마포구 월드컵북로",
            "경기도 성남시 분당구 판교역로",
            "부산광역시 해운대구 센텀중앙로",
            "서울특별시 관악구 관악로",
            "경기도 수원시 영통구 광교중앙로",
            "대전광역시 유성구 대학로");

    static final List<String> EN_STREETS = List.of(
            "Teheran-ro, Gangnam-gu, Seoul",
            "Olympic-ro, Songpa-gu, Seoul",
            "Pangyoyeok-ro, Bundang-gu, Seongnam",
            "Centum jungang-ro, Haeundae-gu, Busan",
            "Mapo-daero, Mapo-gu, Seoul");

    static final List<String> KO_SCHOOLS =
            List.of("한국대학교", "서울과학기술대학교", "부산대학교", "충남대학교", "경희대학교", "한양대학교", "성균관대학교", "인하대학교");

    static final List<String> EN_SCHOOLS = List.of(
            "Korea University",
            "Seoul National University",
            "KAIST",
            "Yonsei University",
            "University of Washington",
            "Pusan National University");

    static final List<String> EMAIL_DOMAINS = List.of("example.com", "example.co.kr", "example.net", "mail.example.kr");

    static final List<String> MEMBER_POSITIONS =
            List.of("인사팀장", "채용 담당자", "HR Manager", "Talent Acquisition Lead", "CTO", "개발팀장");

    private Vocabulary() {}
}
