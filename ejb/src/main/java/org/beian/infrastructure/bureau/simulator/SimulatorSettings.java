package org.beian.infrastructure.bureau.simulator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the simulated bureau behaves; MicroProfile Config, so an operator or a test can change it. */
@ApplicationScoped
public class SimulatorSettings {

    @Inject
    @ConfigProperty(name = "beian.bureau.simulator.enabled", defaultValue = "true")
    boolean enabled;

    /** Seconds between the last SMS check and the bureau's decision. */
    @Inject
    @ConfigProperty(name = "beian.bureau.simulator.decision-delay-seconds", defaultValue = "10")
    long decisionDelaySeconds;

    /** A website or subject name containing this text is rejected (to try the rejection path). */
    @Inject
    @ConfigProperty(name = "beian.bureau.simulator.reject-trigger", defaultValue = "管局驳回测试")
    String rejectTrigger;

    /** Base address of the stand-in ministry verification page, quoted in the SMS. */
    @Inject
    @ConfigProperty(name = "beian.public-url", defaultValue = "http://localhost:8080/")
    String publicUrl;

    public boolean enabled() { return enabled; }
    public long decisionDelaySeconds() { return decisionDelaySeconds; }
    public String rejectTrigger() { return rejectTrigger; }
    public String publicUrl() { return publicUrl; }
}
