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
            String workEn,
            Duties duties) {

        /** A software role: software duties, majors and achievements. */
        Role(
                final List<String> korean,
                final List<String> english,
                final List<String> position,
                final List<String> core,
                final List<String> extra,
                final String workKo,
                final String workEn) {
            this(korean, english, position, core, extra, workKo, workEn, Duties.SOFTWARE);
        }
    }

    /**
     * How postings and resumes of a field word their work. {@code %1$s} is a skill's spelling, {@code %2$s} a
     * second one; job lines take the joined core skills.
     *
     * @param jobKo     the posting's duty lines (Korean), {@code %1$s} = core skills
     * @param jobEn     the same in English
     * @param resumeKo  two achievement lines of a resume job (Korean), {@code %1$s}, {@code %2$s} = skills
     * @param resumeEn  the same in English
     * @param majorsKo  Korean majors of people in the field
     * @param majorsEn  English majors
     */
    record Duties(
            String jobKo,
            String jobEn,
            String resumeKo,
            String resumeEn,
            List<String> majorsKo,
            List<String> majorsEn) {

        static final Duties SOFTWARE = new Duties(
                "%1$s 기반 서비스 설계·개발·운영\n- 코드 리뷰와 기술 부채 개선",
                "Design, build and run services on %1$s\n- Review code and pay down tech debt",
                "%1$s 기반 서비스 개발 및 운영, 응답 시간 30%% 개선\n- %2$s 도입으로 배포 자동화와 장애 대응 시간 단축",
                "Built and operated services on %1$s, cutting p99 latency by 30%%\n- Introduced %2$s and automated"
                        + " deployments",
                List.of("컴퓨터공학과", "소프트웨어학과", "전자공학과", "산업공학과", "통계학과"),
                List.of("Computer Science", "Software Engineering", "Electrical Engineering", "Statistics"));
    }

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
                    "We build game operations tools and payment servers."),
            // Fields beyond software, so the demo shows matching in every kind of job (issue 12).
            new Role(
                    List.of("내과 병동 간호사", "병동 간호사 (경력)", "중환자실 간호사"),
                    List.of("Registered Nurse (Medical Ward)", "ICU Registered Nurse"),
                    List.of("간호사", "Registered Nurse"),
                    List.of("Nursing", "간호사 면허", "Medication Administration", "Vital Signs Monitoring"),
                    List.of(
                            "IV Therapy",
                            "Infection Control",
                            "Electronic Medical Records",
                            "Patient Education",
                            "Cardiopulmonary Resuscitation",
                            "Critical Care Nursing"),
                    "종합병원 병동에서 입원 환자를 3교대로 간호합니다.",
                    "We care for inpatients on a hospital ward in three shifts.",
                    new Duties(
                            "입원 환자 간호와 %1$s\n- 인수인계와 간호기록 작성",
                            "Patient care with %1$s\n- Handovers and nursing records",
                            "병동 환자 30명 대상 %1$s 담당\n- %2$s 개선으로 투약 오류 감소",
                            "Cared for 30 ward patients, responsible for %1$s\n- Improved %2$s, fewer medication"
                                    + " errors",
                            List.of("간호학과"),
                            List.of("Nursing"))),
            new Role(
                    List.of("회계 담당자 (결산·세무)", "재무회계 담당자", "세무회계 담당자"),
                    List.of("Staff Accountant", "Financial Accountant"),
                    List.of("회계 담당자", "Accountant"),
                    List.of("Accounting", "Financial Closing", "Tax Accounting", "Financial Statements"),
                    List.of("Douzone ERP", "SAP", "Value-Added Tax", "Withholding Tax", "IFRS"),
                    "중견 제조사의 월·연 결산과 세무 신고를 담당합니다.",
                    "We close the books monthly and yearly and file taxes for a mid-sized manufacturer.",
                    new Duties(
                            "%1$s 업무\n- 외부감사 대응과 내부 보고",
                            "Own %1$s\n- Support the external audit and internal reporting",
                            "%1$s 담당, 월결산 기간 5일 단축\n- %2$s 업무 정비와 증빙 관리",
                            "Owned %1$s, closing the month five days faster\n- Reorganised %2$s and its records",
                            List.of("경영학과", "회계학과", "세무학과"),
                            List.of("Accounting", "Business Administration"))),
            new Role(
                    List.of("퍼포먼스 마케터", "디지털 마케터"),
                    List.of("Performance Marketer", "Digital Marketing Manager"),
                    List.of("퍼포먼스 마케터", "Performance Marketer"),
                    List.of("Performance Marketing", "Google Ads", "Meta Ads", "Google Analytics"),
                    List.of("Naver Search Ads", "Kakao Moment", "AppsFlyer", "Content Marketing", "Braze"),
                    "앱 서비스의 유료 광고 채널을 운영하고 ROAS를 관리합니다.",
                    "We run the paid channels of an app and own their return on ad spend.",
                    new Duties(
                            "%1$s 운영\n- 캠페인 성과 분석과 예산 배분",
                            "Run %1$s\n- Analyse campaigns and allocate budget",
                            "%1$s 운영, 월 광고비 3억 원 집행\n- %2$s 기반 성과 분석으로 CPA 20%% 절감",
                            "Ran %1$s with a monthly budget of KRW 300m\n- Cut CPA by 20%% through %2$s analysis",
                            List.of("경영학과", "광고홍보학과", "통계학과"),
                            List.of("Marketing", "Business Administration"))),
            new Role(
                    List.of("품질관리(QC) 엔지니어", "품질보증 엔지니어 (자동차 부품)"),
                    List.of("Quality Control Engineer", "Supplier Quality Engineer"),
                    List.of("품질관리 엔지니어", "Quality Engineer"),
                    List.of("Quality Control", "Statistical Process Control", "IATF 16949", "Root Cause Analysis"),
                    List.of("FMEA", "Six Sigma", "ISO 9001", "Quality Assurance"),
                    "자동차 부품 공장의 수입·공정·출하 품질을 관리합니다.",
                    "We own incoming, in-process and outgoing quality at an automotive parts plant.",
                    new Duties(
                            "%1$s 업무\n- 고객 클레임 대응과 개선 보고서 작성",
                            "Own %1$s\n- Handle customer claims and write corrective-action reports",
                            "%1$s 담당, 불량률 0.8%%에서 0.3%%로 개선\n- %2$s 도입과 협력사 품질 지도",
                            "Owned %1$s, defect rate down from 0.8%% to 0.3%%\n- Introduced %2$s and coached"
                                    + " suppliers",
                            List.of("산업공학과", "기계공학과", "신소재공학과"),
                            List.of("Industrial Engineering", "Mechanical Engineering"))),
            new Role(
                    List.of("물류센터 운영 관리자", "물류 운영 매니저"),
                    List.of("Warehouse Operations Manager", "Logistics Operations Lead"),
                    List.of("물류 관리자", "Logistics Manager"),
                    List.of(
                            "Warehouse Management",
                            "Warehouse Management System",
                            "Inventory Management",
                            "Inbound and Outbound Operations"),
                    List.of("물류관리사", "Forklift Operation", "Transportation Management", "SAP", "Microsoft Excel"),
                    "수도권 물류센터의 입출고와 재고, 작업자 운영을 책임집니다.",
                    "We run inbound, outbound, inventory and the crews of a metropolitan fulfilment centre.",
                    new Duties(
                            "%1$s 총괄\n- 작업자 배치와 안전 관리",
                            "Lead %1$s\n- Staff the shifts and keep the floor safe",
                            "%1$s 총괄, 일 출고 2만 건 처리\n- %2$s 개선으로 재고 정확도 99.8%% 달성",
                            "Led %1$s at 20,000 orders a day\n- Improved %2$s to 99.8%% inventory accuracy",
                            List.of("물류학과", "경영학과", "무역학과"),
                            List.of("Supply Chain Management", "Business Administration"))),
            new Role(
                    List.of("인사 담당자 (채용·HRM)", "HR 매니저"),
                    List.of("HR Generalist", "People Operations Manager"),
                    List.of("인사 담당자", "HR Generalist"),
                    List.of("Recruiting", "Payroll", "Labor Law", "Performance Management"),
                    List.of("Labor Relations", "Onboarding", "Workday", "공인노무사", "Compensation and Benefits"),
                    "500명 규모 조직의 채용, 평가, 보상과 노무를 담당합니다.",
                    "We hire, review, pay and support a 500-person organisation.",
                    new Duties(
                            "%1$s 업무\n- 인사 제도 운영과 임직원 문의 대응",
                            "Own %1$s\n- Run HR policies and answer employee questions",
                            "%1$s 담당, 연 120명 채용\n- %2$s 제도 개편",
                            "Owned %1$s, hiring 120 people a year\n- Redesigned %2$s",
                            List.of("경영학과", "심리학과", "법학과"),
                            List.of("Human Resources", "Psychology"))),
            new Role(
                    List.of("B2B 영업 담당자", "기업 영업 매니저 (SaaS)"),
                    List.of("Account Executive (B2B SaaS)", "Enterprise Sales Manager"),
                    List.of("영업 담당자", "Account Executive"),
                    List.of("B2B Sales", "Negotiation", "Lead Generation", "Sales Pipeline Management"),
                    List.of("Salesforce", "HubSpot", "Proposal Writing", "Key Account Management", "Technical Sales"),
                    "기업 고객에게 SaaS 제품을 제안하고 계약까지 이끕니다.",
                    "We take business customers from first call to signed SaaS contract.",
                    new Duties(
                            "%1$s\n- 고객 미팅과 제안, 계약 협상",
                            "Own %1$s\n- Meet customers, propose and negotiate contracts",
                            "%1$s 담당, 연간 목표 120%% 달성\n- %2$s 체계화로 수주율 향상",
                            "Owned %1$s, reaching 120%% of the yearly quota\n- Systematised %2$s, raising the win rate",
                            List.of("경영학과", "경제학과", "국제통상학과"),
                            List.of("Business Administration", "Economics"))),
            new Role(
                    List.of("UI/UX 디자이너", "프로덕트 디자이너"),
                    List.of("Product Designer", "UI/UX Designer"),
                    List.of("UI/UX 디자이너", "Product Designer"),
                    List.of("UX Design", "UI Design", "Figma", "Prototyping"),
                    List.of("Design System", "UX Research", "Wireframing", "Adobe Photoshop", "ProtoPie"),
                    "모바일 앱의 화면 설계와 디자인 시스템을 만듭니다.",
                    "We design the screens and the design system of a mobile app.",
                    new Duties(
                            "%1$s 업무\n- 사용자 리서치와 사용성 개선",
                            "Own %1$s\n- Research users and improve usability",
                            "%1$s 담당, 가입 전환율 15%% 개선\n- %2$s 구축과 운영",
                            "Owned %1$s, raising sign-up conversion by 15%%\n- Built and ran %2$s",
                            List.of("시각디자인학과", "산업디자인학과"),
                            List.of("Interaction Design", "Graphic Design"))));

    private Roles() {}
}
