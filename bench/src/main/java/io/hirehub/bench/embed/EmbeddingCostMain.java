package io.hirehub.bench.embed;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hirehub.topologies.embed.Chunker;
import io.hirehub.topologies.embed.EmbeddingProvider;
import io.hirehub.topologies.embed.TextChunk;
import io.hirehub.topologies.embed.Vectors;
import io.hirehub.topologies.resume.ResumeAnalysisSettings;
import io.hirehub.topologies.resume.ResumeAnalyzerFactory;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Cost of one embedding provider on the graded ranking set's texts (the topologies' test resources): load time,
 * milliseconds per resume (chunked and embedded as the resume pipeline does) and per job (title, description,
 * requirements and skills in one text, as the job-profile builder embeds), in thread CPU time and wall time, and the
 * process's resident memory and heap before and after. Run one provider per JVM so the memory figures are its own.
 * Usage: {@code EmbeddingCostMain [local|onnx_minilm] [rounds=5]}. A command-line tool: prints to standard output.
 */
public final class EmbeddingCostMain {

    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();
    private static final ObjectMapper JSON = new ObjectMapper();

    private EmbeddingCostMain() {}

    public static void main(final String[] args) throws IOException {
        final String provider = args.length > 0 ? args[0] : "local";
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        final List<String> resumes = texts("quality/ranking-resumes.jsonl", EmbeddingCostMain::resumeText);
        final List<String> jobs = texts("quality/ranking-jobs.jsonl", EmbeddingCostMain::jobText);
        final long rssBefore = rssKb();
        final long heapBefore = heapUsed();
        final long t0 = System.nanoTime();
        final ResumeAnalysisSettings settings =
                ResumeAnalysisSettings.fromProperties(Map.of("embedding.provider", provider));
        try (ResumeAnalyzerFactory.EmbeddingHandle handle = ResumeAnalyzerFactory.embeddings(settings)) {
            final EmbeddingProvider embeddings = handle.provider();
            embeddings.embed(List.of("warm-up"));
            final double loadMs = (System.nanoTime() - t0) / 1e6;
            final Chunker chunker = new Chunker(settings.chunkMaxChars(), settings.chunkOverlapChars());
            double[] resumeCpu = new double[0];
            double[] resumeWall = new double[0];
            double[] jobCpu = new double[0];
            double[] jobWall = new double[0];
            for (int round = 0; round <= rounds; round++) { // round 0 warms up
                final double[][] r = time(resumes, text -> {
                    final List<String> chunks = chunker.chunk(text).stream()
                            .map(TextChunk::chunkText)
                            .toList();
                    return Vectors.normalisedMean(embeddings.embed(chunks), embeddings.dimensions());
                });
                final double[][] j = time(jobs, text -> embeddings.embed(List.of(text))[0]);
                if (round > 0) {
                    resumeCpu = concat(resumeCpu, r[0]);
                    resumeWall = concat(resumeWall, r[1]);
                    jobCpu = concat(jobCpu, j[0]);
                    jobWall = concat(jobWall, j[1]);
                }
            }
            System.gc();
            System.out.printf(
                    "provider=%s model=%s dims=%d resumes=%d (mean %d chars) jobs=%d rounds=%d load %.0f ms%n",
                    provider,
                    embeddings.modelId(),
                    embeddings.dimensions(),
                    resumes.size(),
                    resumes.stream().mapToInt(String::length).sum() / resumes.size(),
                    jobs.size(),
                    rounds,
                    loadMs);
            System.out.printf(
                    "  per resume: cpu ms median %.2f p90 %.2f | wall ms median %.2f p90 %.2f%n",
                    pct(resumeCpu, 50), pct(resumeCpu, 90), pct(resumeWall, 50), pct(resumeWall, 90));
            System.out.printf(
                    "  per job:    cpu ms median %.2f p90 %.2f | wall ms median %.2f p90 %.2f%n",
                    pct(jobCpu, 50), pct(jobCpu, 90), pct(jobWall, 50), pct(jobWall, 90));
            System.out.printf(
                    "  memory: RSS %d MB -> %d MB (+%d MB), heap used %d MB -> %d MB%n",
                    rssBefore / 1024, rssKb() / 1024, (rssKb() - rssBefore) / 1024, heapBefore >> 20, heapUsed() >> 20);
        }
    }

    private interface Embed {
        float[] apply(String text);
    }

    private static double[][] time(final List<String> texts, final Embed embed) {
        final double[] cpu = new double[texts.size()];
        final double[] wall = new double[texts.size()];
        for (int i = 0; i < texts.size(); i++) {
            final long c0 = MX.getCurrentThreadCpuTime();
            final long w0 = System.nanoTime();
            if (embed.apply(texts.get(i)).length == 0) {
                throw new IllegalStateException("empty vector");
            }
            cpu[i] = (MX.getCurrentThreadCpuTime() - c0) / 1e6;
            wall[i] = (System.nanoTime() - w0) / 1e6;
        }
        return new double[][] {cpu, wall};
    }

    private static String resumeText(final JsonNode n) {
        return n.get("text").asText();
    }

    private static String jobText(final JsonNode n) {
        final List<String> parts = new ArrayList<>();
        for (final String field : List.of("title", "description", "requirements")) {
            parts.add(n.path(field).asText(""));
        }
        for (final String field : List.of("required_skills", "preferred_skills")) {
            final List<String> skills = new ArrayList<>();
            n.path(field).forEach(s -> skills.add(s.asText()));
            parts.add(String.join(", ", skills));
        }
        return String.join("\n", parts);
    }

    private static List<String> texts(final String resource, final java.util.function.Function<JsonNode, String> f)
            throws IOException {
        final List<String> texts = new ArrayList<>();
        try (InputStream in = EmbeddingCostMain.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException(resource + " is not on the classpath (the topologies test-jar)");
            }
            final BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    texts.add(f.apply(JSON.readTree(line)));
                }
            }
        }
        return texts;
    }

    private static long rssKb() {
        try {
            for (final String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }

    private static long heapUsed() {
        final Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    private static double[] concat(final double[] a, final double[] b) {
        final double[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double pct(final double[] values, final int p) {
        final double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
