package org.beian.infrastructure.bureau;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import org.beian.application.port.BureauGateway;
import org.beian.application.port.BureauSubmission;
import org.beian.infrastructure.messaging.jms.JmsNames;

/**
 * Submission to the bureau is asynchronous: the order goes on the bureau queue (JSON text) in the
 * transaction that moved it to the bureau, and {@link BureauQueueConsumer} delivers it.
 */
@ApplicationScoped
public class JmsBureauGateway implements BureauGateway {

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Inject
    @JMSConnectionFactory(JmsNames.CONNECTION_FACTORY)
    private JMSContext context;

    @Resource(lookup = JmsNames.BUREAU_QUEUE)
    private Queue queue;

    @Override
    public void submit(BureauSubmission submission) {
        context.createProducer().send(queue, JSONB.toJson(submission));
    }

    static BureauSubmission read(String json) {
        return JSONB.fromJson(json, BureauSubmission.class);
    }
}
