package org.beian.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.beian.application.dto.RecordedSms;
import org.beian.application.port.OutgoingSms;
import org.beian.application.port.SmsGateway;
import org.beian.application.port.SmsOutbox;
import org.beian.infrastructure.sms.model.RecordedSmsRepository;
import org.beian.infrastructure.sms.model.SmsMessage;

/**
 * The built-in SMS gateway: records each message in sms_message instead of sending it, so demos and
 * tests can read what a phone would have received. Not an injectable {@link SmsGateway} by itself
 * ({@code @Typed}): {@link SmsGateways} produces the one configured gateway, which is this one by
 * default; the bureau simulator injects it by its class because the ministry's SMS always go here.
 */
@ApplicationScoped
@Typed({RecordingSmsGateway.class, SmsOutbox.class})
public class RecordingSmsGateway implements SmsGateway, SmsOutbox {

    private static final Logger LOG = Logger.getLogger(RecordingSmsGateway.class.getName());

    @Inject
    private RecordedSmsRepository recorded;

    /** Records the message in the caller's transaction; the reference is not needed (nothing leaves). */
    @Override
    public void send(OutgoingSms sms) {
        recorded.add(new SmsMessage(sms.mobile(), sms.text(), sms.sender(), Instant.now()));
        LOG.fine(() -> "SMS to " + sms.maskedMobile() + ": recorded");
    }

    @Override
    public List<RecordedSms> recent(int max) {
        return recorded.listRecent(max)
                .stream().map(m -> new RecordedSms(m.getId(), m.getMobile(), m.getSender(), m.getText(), m.getSentAt())).toList();
    }
}
