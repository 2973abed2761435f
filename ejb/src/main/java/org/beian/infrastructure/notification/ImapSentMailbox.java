package org.beian.infrastructure.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.beian.application.BusinessException;
import org.beian.application.dto.DemoMail;
import org.beian.application.port.SentMailbox;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * DEMO ONLY. Reads the demo mail server (GreenMail, which the run command starts with the desk) over IMAP,
 * one inbox per address, as the recipient's mail program would: GreenMail runs without password checks,
 * so each address signs in as itself. Off unless {@code beian.demo.mailbox.imap-host} is set, which only
 * the run command (and the integration tests) do.
 */
@ApplicationScoped
public class ImapSentMailbox implements SentMailbox {

    @Inject
    @ConfigProperty(name = "beian.demo.mailbox.imap-host")
    private Optional<String> host;

    @Inject
    @ConfigProperty(name = "beian.demo.mailbox.imap-port", defaultValue = "3143")
    private int port;

    @Override
    public boolean available() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    @Override
    public List<DemoMail> arrivedAt(List<String> addresses, int max) {
        if (!available()) {
            return List.of();
        }
        Properties properties = new Properties();
        properties.put("mail.imap.connectiontimeout", "5000");
        properties.put("mail.imap.timeout", "5000");
        Session session = Session.getInstance(properties);
        List<DemoMail> mails = new ArrayList<>();
        for (String address : addresses) {
            mails.addAll(inbox(session, address, max));
        }
        mails.sort(Comparator.comparing(DemoMail::receivedAt, Comparator.nullsLast(Comparator.reverseOrder())));
        return List.copyOf(mails.subList(0, Math.min(max, mails.size())));
    }

    /** The newest {@code max} messages of the address's inbox. */
    private List<DemoMail> inbox(Session session, String address, int max) {
        try (Store store = session.getStore("imap")) {
            store.connect(host.orElseThrow(), port, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                int count = inbox.getMessageCount();
                List<DemoMail> mails = new ArrayList<>();
                if (count > 0) {
                    for (Message message : inbox.getMessages(Math.max(1, count - max + 1), count)) {
                        mails.add(read(address + "/" + ((UIDFolder) inbox).getUID(message), message));
                    }
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (AuthenticationFailedException e) {
            return List.of(); // a server that checks passwords: no mailbox we may read
        } catch (MessagingException | IOException e) {
            throw new BusinessException("admin.mailbox.unreachable", host.orElseThrow() + ":" + port);
        }
    }

    private static DemoMail read(String id, Message message) throws MessagingException, IOException {
        Date received = Optional.ofNullable(message.getReceivedDate()).orElse(message.getSentDate());
        String[] body = new String[2];
        collect(message, body);
        return new DemoMail(id, received == null ? null : received.toInstant(), addresses(message.getRecipients(Message.RecipientType.TO)),
                addresses(message.getFrom()), message.getSubject(), body[0], body[1]);
    }

    /** The first text/plain part into {@code body[0]}, the first text/html part into {@code body[1]}. */
    private static void collect(Part part, String[] body) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") && body[0] == null) {
            body[0] = String.valueOf(part.getContent());
        } else if (part.isMimeType("text/html") && body[1] == null) {
            body[1] = String.valueOf(part.getContent());
        } else if (part.isMimeType("multipart/*") && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            Multipart parts = (Multipart) part.getContent();
            for (int i = 0; i < parts.getCount(); i++) {
                collect(parts.getBodyPart(i), body);
            }
        }
    }

    private static String addresses(Address[] addresses) {
        return addresses == null ? "" : Arrays.stream(addresses)
                .map(a -> a instanceof InternetAddress internet ? internet.toUnicodeString() : a.toString())
                .collect(Collectors.joining(", "));
    }
}
