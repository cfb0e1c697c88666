package io.hirehub.edge.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The development token issuer: an RSA key kept in the data dir (mode 600), its public half served
 * as a JWKS by the edge, and tokens shaped like a Cognito id token ({@code iss}, {@code aud},
 * {@code token_use=id}, {@code sub}, {@code email}) so the same verifier and the same
 * {@code users.cognito_sub} mapping work in {@code dev} and against a real user pool. Never meant for
 * production: whoever can read the key file can sign in as anyone.
 */
public final class LocalIssuer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String issuer;
    private final String audience;
    private final RSAKey key;

    private LocalIssuer(final String issuer, final String audience, final RSAKey key) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.audience = Objects.requireNonNull(audience, "audience");
        this.key = Objects.requireNonNull(key, "key");
    }

    /** The issuer whose key is in {@code file}, creating the file with a new key when there is none. */
    public static LocalIssuer loadOrCreate(final Path file, final String issuer, final String audience) {
        if (Files.exists(file)) {
            final LocalIssuer loaded = load(file);
            if (loaded.issuer.equals(issuer) && loaded.audience.equals(audience)) {
                return loaded;
            }
            // Same key, the configured names: tokens minted by `hirehub token` follow the file.
            final LocalIssuer renamed = new LocalIssuer(issuer, audience, loaded.key);
            renamed.save(file);
            return renamed;
        }
        try {
            final RSAKey created = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString())
                    .generate();
            final LocalIssuer fresh = new LocalIssuer(issuer, audience, created);
            fresh.save(file);
            return fresh;
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the local issuer's RSA key", e);
        }
    }

    /** The issuer of an existing key file (what {@code hirehub token} signs with). */
    public static LocalIssuer load(final Path file) {
        try {
            final JsonNode json = JSON.readTree(file.toFile());
            return new LocalIssuer(
                    json.path("issuer").asText(),
                    json.path("audience").asText(),
                    RSAKey.parse(JSON.writeValueAsString(json.path("key"))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the local issuer key " + file, e);
        } catch (ParseException e) {
            throw new IllegalStateException(
                    "the local issuer key " + file + " is not an RSA JWK: " + e.getMessage(), e);
        }
    }

    private void save(final Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            final ObjectNode json = JSON.createObjectNode();
            json.put("issuer", issuer);
            json.put("audience", audience);
            json.set("key", JSON.readTree(key.toJSONString()));
            final Path temp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(temp);
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(temp, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(json));
            Files.move(
                    temp,
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the local issuer key " + file, e);
        }
    }

    /** Signs an id token for {@code subject} ({@code users.cognito_sub}), valid for {@code ttl}. */
    public String mint(final String subject, final Optional<String> email, final Duration ttl) {
        final Instant now = Instant.now();
        final JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(audience)
                .subject(Objects.requireNonNull(subject, "subject"))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(ttl)))
                .jwtID(UUID.randomUUID().toString())
                .claim("token_use", "id");
        email.ifPresent(e -> claims.claim("email", e));
        final SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(key.getKeyID())
                        .type(JOSEObjectType.JWT)
                        .build(),
                claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
        return jwt.serialize();
    }

    /** The public keys as a JWKS document. */
    public String jwksJson() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    /** The public keys for a {@link TokenVerifier} in the same process. */
    public JWKSource<SecurityContext> keys() {
        return new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK()));
    }

    public String issuer() {
        return issuer;
    }

    public String audience() {
        return audience;
    }
}
