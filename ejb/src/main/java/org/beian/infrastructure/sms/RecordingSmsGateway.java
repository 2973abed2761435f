package org.beian.infrastructure.sms;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Typed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.logging.Logger;
import java.util.List;
import org.beian.application.OutgoingSms;
import org.beian.application.SmsGateway;
import org.beian.application.SmsOutbox;

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

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    /** Records the message in the caller's transaction; the reference is not needed (nothing leaves). */
    @Override
    public void send(OutgoingSms sms) {
        em.persist(new SmsMessage(sms.mobile(), sms.text(), sms.sender(), Instant.now()));
        LOG.fine(() -> "SMS to " + sms.maskedMobile() + ": recorded");
    }

    @Override
    public List<RecordedSms> recent(int max) {
        return em.createNamedQuery("SmsMessage.listRecent", SmsMessage.class).setMaxResults(Math.min(max, 500)).getResultList()
                .stream().map(m -> new RecordedSms(m.getId(), m.getMobile(), m.getSender(), m.getText(), m.getSentAt())).toList();
    }
}
