package org.beian.infrastructure.notification;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The mail session for sending: the application's resource {@code java:app/mail/beian} (host, sender)
 * completed with the server's MicroProfile Config for what Payara does not substitute in a mail
 * resource's properties: port, authentication, STARTTLS and credentials ({@code beian.mail.*}).
 */
@ApplicationScoped
public class MailSessions {

    @Resource(lookup = "java:app/mail/beian")
    private Session resource;

    @Inject
    @ConfigProperty(name = "beian.mail.port")
    private Optional<Integer> port;

    @Inject
    @ConfigProperty(name = "beian.mail.auth", defaultValue = "false")
    private boolean auth;

    @Inject
    @ConfigProperty(name = "beian.mail.starttls", defaultValue = "false")
    private boolean starttls;

    @Inject
    @ConfigProperty(name = "beian.mail.user")
    private Optional<String> user;

    @Inject
    @ConfigProperty(name = "beian.mail.password")
    private Optional<String> password;

    public Session session() {
        Properties properties = new Properties();
        properties.putAll(resource.getProperties());
        port.ifPresent(p -> properties.put("mail.smtp.port", String.valueOf(p)));
        properties.put("mail.smtp.auth", String.valueOf(auth));
        properties.put("mail.smtp.starttls.enable", String.valueOf(starttls));
        properties.putIfAbsent("mail.smtp.connectiontimeout", "10000");
        properties.putIfAbsent("mail.smtp.timeout", "10000");
        if (auth && user.isPresent()) {
            String name = user.get();
            String secret = password.orElse("");
            return Session.getInstance(properties, new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(name, secret);
                }
            });
        }
        return Session.getInstance(properties);
    }
}
