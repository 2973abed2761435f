package org.beian.infrastructure.messaging.jms;

/** JNDI names of the JMS resources declared in the EAR's glassfish-resources.xml, and our message properties. */
public final class JmsNames {

    public static final String CONNECTION_FACTORY = "java:app/jms/BeianConnectionFactory";
    public static final String EVENTS_QUEUE = "java:app/jms/EventsQueue";
    public static final String BUREAU_QUEUE = "java:app/jms/BureauQueue";
    public static final String DELIVERY_QUEUE = "java:app/jms/DeliveryQueue";
    public static final String DEAD_MESSAGE_QUEUE = "java:app/jms/DeadMessageQueue";

    public static final String EVENT_ID_PROPERTY = "beianEventId";
    public static final String NOTIFICATION_ID_PROPERTY = "beianNotificationId";
    /** How many times this message's work failed before (0 on the first delivery). */
    public static final String ATTEMPT_PROPERTY = "beianAttempt";
    /** On a dead message: the queue it came from ({@link Origin}), why it died and when. */
    public static final String ORIGIN_PROPERTY = "beianOrigin";
    public static final String DEAD_REASON_PROPERTY = "beianDeadReason";
    public static final String DEAD_AT_PROPERTY = "beianDeadAt";

    /** The queues a dead message can be sent back to. */
    public enum Origin { EVENTS, DELIVERY }

    private JmsNames() {}
}
