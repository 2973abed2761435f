package org.beian.it.arquillian;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.container.DeployableContainer;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.deployment.Deployment;
import org.jboss.arquillian.container.spi.client.deployment.DeploymentDescription;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.context.annotation.DeploymentScoped;
import org.jboss.arquillian.container.spi.event.DeployDeployment;
import org.jboss.arquillian.container.spi.event.UnDeployDeployment;
import org.jboss.arquillian.container.spi.event.container.BeforeStop;
import org.jboss.arquillian.core.api.InstanceProducer;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.EventContext;
import org.jboss.shrinkwrap.api.Archive;

/**
 * Arquillian deploys and undeploys per test class; deploying the whole EAR takes seconds on two cores.
 * Every test class deploys the same archive ({@code Deployments.ear()}), so the first deployment of an
 * archive name is kept: later classes get its protocol metadata instead of a new deployment, and the
 * archive is undeployed once, before the server stops.
 *
 * <p>Runs inside the deployment context that Arquillian opens around each deployment event (lower
 * precedence than its context handler), so the metadata lands where the test runner looks for it.
 */
public class DeployOnce {

    private static final Logger LOG = Logger.getLogger(DeployOnce.class.getName());

    private record Deployed(DeployableContainer<?> container, Archive<?> archive, ProtocolMetaData metaData) {}

    private final Map<String, Deployed> deployed = new LinkedHashMap<>();

    @Inject
    @DeploymentScoped
    private InstanceProducer<ProtocolMetaData> protocolMetaData;

    @Inject
    @DeploymentScoped
    private InstanceProducer<DeploymentDescription> deploymentDescription;

    @Inject
    @DeploymentScoped
    private InstanceProducer<Deployment> deploymentProducer;

    public void deploy(@Observes(precedence = -100) EventContext<DeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        if (!deployment.getDescription().isArchiveDeployment()) {
            context.proceed();
            return;
        }
        String name = deployment.getDescription().getArchive().getName();
        Deployed earlier = deployed.get(name);
        if (earlier == null) {
            context.proceed();
            if (deployment.isDeployed() && !deployment.hasDeploymentError()) {
                deployed.put(name, new Deployed(context.getEvent().getDeployableContainer(),
                        deployedArchive(deployment.getDescription()), protocolMetaData.get()));
            }
            return;
        }
        LOG.fine(() -> "Reusing the deployment of " + name);
        deploymentDescription.set(deployment.getDescription());
        deploymentProducer.set(deployment);
        protocolMetaData.set(earlier.metaData());
        deployment.deployed();
    }

    public void undeploy(@Observes(precedence = -100) EventContext<UnDeployDeployment> context) {
        Deployment deployment = context.getEvent().getDeployment();
        boolean kept = deployment.getDescription().isArchiveDeployment()
                && deployed.containsKey(deployment.getDescription().getArchive().getName());
        if (!kept) {
            context.proceed();
        }
    }

    public void undeployAll(@Observes BeforeStop event) throws DeploymentException {
        for (Deployed kept : deployed.values()) {
            kept.container().undeploy(kept.archive());
        }
        deployed.clear();
    }

    private static Archive<?> deployedArchive(DeploymentDescription description) {
        return description.getTestableArchive() != null ? description.getTestableArchive() : description.getArchive();
    }
}
