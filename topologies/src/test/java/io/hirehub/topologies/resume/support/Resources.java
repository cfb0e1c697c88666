package io.hirehub.topologies.resume.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test resources under {@code /resume/}. */
public final class Resources {

    private Resources() {}

    public static String text(final String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    public static byte[] bytes(final String name) {
        try (InputStream in = Resources.class.getResourceAsStream("/resume/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /resume/" + name);
            }
            return in.readAllBytes();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
