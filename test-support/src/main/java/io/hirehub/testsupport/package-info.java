/**
 * Test code several modules share, in test scope only: {@link io.hirehub.testsupport.SharedStack}
 * (the one embedded stack per test JVM; any module above {@code stack} may use it),
 * {@link io.hirehub.testsupport.ItTimeouts} (the one deadline integration tests poll against) and
 * {@link io.hirehub.testsupport.ResumeFixtures} (small PDF and DOCX resumes built in memory).
 */
package io.hirehub.testsupport;
