package org.beian.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.beian.infrastructure.sms.model.RecordedSmsRepository;
import org.beian.infrastructure.sms.model.SmsMessage;

@ApplicationScoped
public class JpaRecordedSmsRepository implements RecordedSmsRepository {

    private static final int MAX = 500;

    @PersistenceContext(unitName = "beian")
    private EntityManager em;

    @Override
    public void add(SmsMessage message) {
        em.persist(message);
    }

    @Override
    public List<SmsMessage> listRecent(int max) {
        return em.createNamedQuery("SmsMessage.listRecent", SmsMessage.class).setMaxResults(Math.min(max, MAX)).getResultList();
    }
}
