package io.hirehub.launcher.data;

import java.util.List;

/**
 * The kinds of positions the generator posts and jobseekers want: titles in Korean and English,
 * the skills a posting requires and may prefer, and one line of what the team does.
 */
final class Roles {

    /**
     * @param korean    Korean job titles
     * @param english   English job titles
     * @param position  desired_position text (Korean, English)
     * @param core      skills postings of this role require (drawn from)
     * @param extra     skills they may prefer
     * @param workKo    what the team does, in Korean
     * @param workEn    what the team does, in English
     */
    record Role(
            List<String> korean,
            List<String> english,
            List<String> position,
            List<String> core,
            List<String> extra,
            String workKo,
            String workEn) {}

    static final List<Role> ALL = List.of(
            new Role(
                    List.of("백엔드 개발자 (Java/Spring)", "서버 개발자 (Java)", "시니어 백엔드 엔지니어 (Spring Boot)"),
                    List.of("Backend Engineer (Java/Spring)", "Senior Backend Engineer", "Java Developer"),
                    List.of("백엔드 개발자", "Backend Engineer"),
                    List.of("Java", "Spring Boot", "Spring", "JPA", "MySQL", "PostgreSQL"),
                    List.of("Kafka", "Redis", "AWS", "Kubernetes", "Docker", "Spring Cloud", "Elasticsearch"),
                    "주문·결제·정산 도메인의 대용량 트래픽 API를 설계하고 운영합니다.",
                    "We design and run high-traffic order, payment and settlement APIs."),
            new Role(
                    List.of("백엔드 개발자 (Kotlin)", "서버 개발자 (Kotlin/Spring)"),
                    List.of("Backend Engineer (Kotlin)", "Server Engineer (Kotlin/Spring)"),
                    List.of("백엔드 개발자", "Backend Engineer"),
                    List.of("Kotlin", "Spring Boot", "JPA", "MySQL"),
                    List.of("Kafka", "Redis", "AWS", "Docker", "Kubernetes", "MongoDB"),
                    "커머스 플랫폼의 상품·재고 서비스를 코틀린으로 개발합니다.",
                    "We build the catalogue and inventory services of a commerce platform in Kotlin."),
            new Role(
                    List.of("파이썬 백엔드 개발자", "백엔드 개발자 (Python/Django)"),
                    List.of("Python Backend Engineer", "Backend Developer (Django)"),
                    List.of("백엔드 개발자", "Backend Engineer"),
                    List.of("Python", "Django", "PostgreSQL", "Redis"),
                    List.of("FastAPI", "Flask", "AWS", "Docker", "Kubernetes"),
                    "핀테크 서비스의 API와 배치 시스템을 파이썬으로 개발합니다.",
                    "We build the APIs and batch systems of a fintech service in Python."),
            new Role(
                    List.of("Go 백엔드 엔지니어", "플랫폼 엔지니어 (Go)"),
                    List.of("Go Backend Engineer", "Platform Engineer (Go)"),
                    List.of("백엔드 개발자", "Platform Engineer"),
                    List.of("Go", "PostgreSQL", "Kubernetes", "Docker"),
                    List.of("Kafka", "Redis", "GCP", "Terraform", "AWS"),
                    "광고 플랫폼의 실시간 입찰 서버를 Go로 개발합니다.",
                    "We build real-time bidding servers for an ad platform in Go."),
            new Role(
                    List.of("프론트엔드 개발자 (React)", "웹 프론트엔드 엔지니어"),
                    List.of("Frontend Engineer (React)", "Senior Frontend Developer"),
                    List.of("프론트엔드 개발자", "Frontend Engineer"),
                    List.of("TypeScript", "React", "JavaScript", "Next.js"),
                    List.of("Node.js", "AWS", "Docker", "Vue.js"),
                    "수백만 명이 쓰는 웹 서비스의 화면과 디자인 시스템을 만듭니다.",
                    "We build the web app and design system used by millions."),
            new Role(
                    List.of("풀스택 개발자 (Node.js/React)"),
                    List.of("Full-stack Engineer (Node.js/React)"),
                    List.of("풀스택 개발자", "Full-stack Engineer"),
                    List.of("TypeScript", "Node.js", "React", "NestJS"),
                    List.of("PostgreSQL", "MongoDB", "AWS", "Docker", "Redis"),
                    "B2B SaaS 제품의 기능을 화면부터 API까지 개발합니다.",
                    "We ship B2B SaaS features end to end, from UI to API."),
            new Role(
                    List.of("데이터 엔지니어", "빅데이터 플랫폼 엔지니어"),
                    List.of("Senior Data Engineer", "Data Engineer", "Data Platform Engineer"),
                    List.of("데이터 엔지니어", "Data Engineer"),
                    List.of("Python", "SQL", "Kafka", "Scala"),
                    List.of("AWS", "Kubernetes", "PostgreSQL", "Elasticsearch", "Cassandra", "Java"),
                    "실시간 스트리밍 파이프라인과 데이터 레이크를 구축하고 운영합니다.",
                    "We build and run real-time streaming pipelines and the data lake."),
            new Role(
                    List.of("머신러닝 엔지니어", "AI 연구 엔지니어"),
                    List.of("Machine Learning Engineer", "ML Platform Engineer"),
                    List.of("머신러닝 엔지니어", "Machine Learning Engineer"),
                    List.of("Python", "PyTorch", "TensorFlow"),
                    List.of("AWS", "Kubernetes", "Docker", "SQL", "FastAPI"),
                    "추천·검색 모델을 학습하고 서빙하는 ML 플랫폼을 개발합니다.",
                    "We train and serve recommendation and search models."),
            new Role(
                    List.of("DevOps 엔지니어", "SRE (사이트 신뢰성 엔지니어)"),
                    List.of("DevOps Engineer", "Site Reliability Engineer"),
                    List.of("DevOps 엔지니어", "DevOps Engineer"),
                    List.of("Kubernetes", "AWS", "Terraform", "Docker"),
                    List.of("Jenkins", "Go", "Python", "GCP", "Azure"),
                    "쿠버네티스 기반 인프라와 배포 파이프라인을 자동화합니다.",
                    "We automate Kubernetes infrastructure and delivery pipelines."),
            new Role(
                    List.of("모바일 앱 개발자 (Flutter)", "iOS 개발자"),
                    List.of("Mobile Engineer (Flutter)", "iOS Engineer (Swift)"),
                    List.of("모바일 개발자", "Mobile Engineer"),
                    List.of("Flutter", "Dart", "Swift"),
                    List.of("Kotlin", "GCP", "TypeScript"),
                    "수백만 다운로드 앱의 신규 기능과 성능 개선을 담당합니다.",
                    "We own new features and performance of an app with millions of installs."),
            new Role(
                    List.of("데이터베이스 관리자 (DBA)"),
                    List.of("Database Administrator"),
                    List.of("DBA", "Database Administrator"),
                    List.of("Oracle", "MySQL", "PostgreSQL", "SQL"),
                    List.of("MariaDB", "AWS", "Redis", "MongoDB"),
                    "주요 서비스 데이터베이스의 성능·가용성·백업을 책임집니다.",
                    "We keep the main databases fast, available and backed up."),
            new Role(
                    List.of(".NET 백엔드 개발자"),
                    List.of("Backend Engineer (.NET/C#)"),
                    List.of("백엔드 개발자", "Backend Engineer"),
                    List.of("C#", ".NET", "SQL"),
                    List.of("Azure", "Docker", "Redis", "Kubernetes"),
                    "게임 서비스의 운영 툴과 결제 서버를 개발합니다.",
                    "We build game operations tools and payment servers."));

    private Roles() {}
}
