package org.beian.infrastructure.messaging.jms;

/** JNDI names of the JMS resources declared in the EAR's glassfish-resources.xml. */
public final class JmsNames {

    public static final String CONNECTION_FACTORY = "java:app/jms/BeianConnectionFactory";
    public static final String EVENTS_QUEUE = "java:app/jms/EventsQueue";
    public static final String BUREAU_QUEUE = "java:app/jms/BureauQueue";
    public static final String EVENT_ID_PROPERTY = "beianEventId";

    private JmsNames() {}
}
