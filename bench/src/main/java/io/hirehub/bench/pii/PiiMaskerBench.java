package io.hirehub.bench.pii;

import io.hirehub.topologies.resume.pii.MaskingResult;
import io.hirehub.topologies.resume.pii.PiiMasker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rule-based PII masking of one three-page resume (Korean, English and mixed sections, about 7,000
 * characters, every kind of personal data the masker knows) on one thread: the average time per
 * resume, with and without the account holder's name. The budget is 5 ms per resume.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx512m"})
@Threads(1)
public class PiiMaskerBench {

    static final String RESUME = "/pii/three-page-resume.txt";

    private final PiiMasker masker = new PiiMasker();
    private String resume;

    @Setup
    public void setUp() {
        try (InputStream in = PiiMaskerBench.class.getResourceAsStream(RESUME)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + RESUME);
            }
            resume = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public MaskingResult maskThreePageResume() {
        return masker.mask(resume);
    }

    @Benchmark
    public MaskingResult maskThreePageResumeWithAccountName() {
        return masker.mask(resume, Optional.of("박지훈 (Park Jihoon)"));
    }
}
