package org.beian.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.beian.application.port.SmsGateway;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one injectable {@link SmsGateway}, chosen by {@code beian.sms.gateway}: {@code recording} (default,
 * {@link RecordingSmsGateway}) or {@code http} ({@link HttpSmsGateway}). Both implementations are
 * {@code @Typed} to their own class, so this producer is the only {@code SmsGateway} bean. The HTTP adapter
 * is looked up only when chosen, so its required URL is only demanded then. The choice is checked when
 * the application starts: a wrong value or a missing URL fails the deployment instead of every SMS.
 */
@ApplicationScoped
public class SmsGateways {

    static final String GATEWAY = "beian.sms.gateway";
    static final String RECORDING = "recording";
    static final String HTTP = "http";

    private static final Logger LOG = Logger.getLogger(SmsGateways.class.getName());

    @Inject
    @ConfigProperty(name = GATEWAY, defaultValue = RECORDING)
    String choice;

    @Inject
    RecordingSmsGateway recording;

    @Inject
    Instance<HttpSmsGateway> http;

    @Produces
    @ApplicationScoped
    SmsGateway gateway() {
        return choose(choice, () -> recording, http::get);
    }

    /** At start-up: a wrong choice, or the HTTP adapter without its URL, fails here rather than at the first SMS. */
    void check(@Observes @Initialized(ApplicationScoped.class) Object started) {
        SmsGateway chosen = gateway();
        if (chosen instanceof HttpSmsGateway httpGateway) {
            // Calling the client proxy creates the adapter, which reads and checks its settings.
            String host = httpGateway.endpoint().getHost();
            LOG.info(() -> "SMS gateway: http, to " + host);
        } else {
            LOG.info("SMS gateway: recording (messages are kept in sms_message, nothing is sent)");
        }
    }

    /**
     * The gateway named by {@code name} (trimmed, any case); only the chosen supplier is called.
     *
     * @throws IllegalStateException for a name other than {@code recording} or {@code http}
     */
    static SmsGateway choose(String name, Supplier<? extends SmsGateway> recording, Supplier<? extends SmsGateway> http) {
        String normalized = name == null ? RECORDING : name.strip().toLowerCase(Locale.ROOT);
        return switch (normalized) {
            case RECORDING, "" -> recording.get();
            case HTTP -> http.get();
            default -> throw new IllegalStateException(GATEWAY + " is '" + name + "'; allowed values: "
                    + RECORDING + " (default), " + HTTP);
        };
    }
}
