package org.beian.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.beian.application.port.OutgoingSms;
import org.beian.application.port.SmsDeliveryException;
import org.beian.application.port.SmsGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands SMS to a real SMS provider over HTTP: one JSON {@code POST} per message to
 * {@code beian.sms.http.url}, body {@code {"mobile","sign","text","reference"}}, with
 * {@code Authorization: Bearer <beian.sms.http.token>} when a token is configured and
 * {@code Idempotency-Key: <reference>} when the message has one. Any 2xx answer means accepted; anything
 * else, and any I/O failure or timeout ({@code beian.sms.http.timeout-seconds}, default 10), is an
 * {@link SmsDeliveryException}, so the caller retries.
 * <p>
 * Only injectable by its class ({@code @Typed}): {@link SmsGateways} creates it when
 * {@code beian.sms.gateway=http}, so its required URL is only demanded then.
 */
@ApplicationScoped
@Typed(HttpSmsGateway.class)
public class HttpSmsGateway implements SmsGateway {

    static final String URL = "beian.sms.http.url";
    static final String TOKEN = "beian.sms.http.token";
    static final String TIMEOUT_SECONDS = "beian.sms.http.timeout-seconds";

    private static final Logger LOG = Logger.getLogger(HttpSmsGateway.class.getName());
    private static final int EXCERPT = 200;

    private final URI url;
    private final Optional<String> token;
    private final Duration timeout;
    private final HttpClient client;
    private final JsonBuilderFactory json;

    /** For the CDI client proxy only; never used to send. */
    protected HttpSmsGateway() {
        this.url = null;
        this.token = Optional.empty();
        this.timeout = null;
        this.client = null;
        this.json = null;
    }

    /** The CDI path: the settings from MicroProfile Config. */
    @Inject
    HttpSmsGateway(@ConfigProperty(name = URL) Optional<String> url,
                   @ConfigProperty(name = TOKEN) Optional<String> token,
                   @ConfigProperty(name = TIMEOUT_SECONDS, defaultValue = "10") long timeoutSeconds) {
        this(endpoint(url), token, timeout(timeoutSeconds));
    }

    HttpSmsGateway(URI url, Optional<String> token, Duration timeout) {
        this.url = Objects.requireNonNull(url, "url");
        this.token = token.map(String::strip).filter(t -> !t.isEmpty());
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        // HTTP/1.1: a plain JSON POST per message; no h2c upgrade attempt towards simple provider endpoints.
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout).build();
        this.json = Json.createBuilderFactory(Map.of());
    }

    /** Where the messages go (the configured URL). */
    public URI endpoint() {
        return url;
    }

    @Override
    public void send(OutgoingSms sms) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body(sms), StandardCharsets.UTF_8));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        if (sms.reference() != null && !sms.reference().isBlank()) {
            request.header("Idempotency-Key", sms.reference());
        }
        String to = sms.maskedMobile();
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            LOG.warning(() -> "SMS to " + to + " not delivered: " + e);
            throw new SmsDeliveryException("SMS to " + to + " not delivered: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SmsDeliveryException("SMS to " + to + " not delivered: interrupted", e);
        }
        int status = response.statusCode();
        if (status < 200 || status > 299) {
            String body = response.body() == null ? "" : response.body();
            String excerpt = body.length() > EXCERPT ? body.substring(0, EXCERPT) : body;
            LOG.warning(() -> "SMS to " + to + " refused: HTTP " + status);
            throw new SmsDeliveryException("SMS to " + to + " refused by the SMS provider: HTTP " + status + ": " + excerpt);
        }
        LOG.fine(() -> "SMS to " + to + " accepted: HTTP " + status);
    }

    private String body(OutgoingSms sms) {
        JsonObjectBuilder body = json.createObjectBuilder().add("mobile", sms.mobile());
        addOrNull(body, "sign", sms.sender());
        body.add("text", sms.text());
        addOrNull(body, "reference", sms.reference());
        return body.build().toString();
    }

    private static void addOrNull(JsonObjectBuilder body, String name, String value) {
        if (value == null) {
            body.addNull(name);
        } else {
            body.add(name, value);
        }
    }

    private static URI endpoint(Optional<String> configured) {
        String value = configured.map(String::strip).filter(v -> !v.isEmpty())
                .orElseThrow(() -> new IllegalStateException(URL + " is required when " + SmsGateways.GATEWAY + "=http"));
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(URL + " is not a valid URL: " + e.getMessage(), e);
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalStateException(URL + " must be an absolute http or https URL");
        }
        return uri;
    }

    private static Duration timeout(long seconds) {
        if (seconds <= 0) {
            throw new IllegalStateException(TIMEOUT_SECONDS + " must be positive, not " + seconds);
        }
        return Duration.ofSeconds(seconds);
    }
}
