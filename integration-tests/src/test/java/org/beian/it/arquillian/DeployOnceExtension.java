package org.beian.it.arquillian;

import org.jboss.arquillian.core.spi.LoadableExtension;

/** Registers {@link DeployOnce}: the EAR is deployed once per test run, not once per test class. */
public class DeployOnceExtension implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(DeployOnce.class);
    }
}
