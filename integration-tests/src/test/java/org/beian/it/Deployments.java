package org.beian.it;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.Node;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The archive every integration test deploys: the real EAR the build produced (copied by its Maven
 * coordinates into target/), plus a small test WAR that carries the in-container test classes.
 */
public final class Deployments {

    private static final String TEST_WAR = "beian-tests.war";

    private Deployments() {}

    /** The real EAR as built, plus the in-container tests of the given package. */
    public static EnterpriseArchive earWithTests(Class<?> testClass) {
        EnterpriseArchive ear = realEar();
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackages(true, testClass.getPackage())
                .addClass(Deployments.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        addWebModuleToDescriptor(ear, TEST_WAR, "/beian-tests");
        return ear;
    }

    /** The real EAR exactly as built, for tests that talk to it from outside (browser, HTTP). */
    public static EnterpriseArchive realEar() {
        File file = new File(System.getProperty("beian.ear.file", "target/beian.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("The EAR under test is missing: " + file.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /** The EAR plugin lists modules explicitly, so a module added here must be listed too. */
    private static void addWebModuleToDescriptor(EnterpriseArchive ear, String webUri, String contextRoot) {
        ArchivePath path = org.jboss.shrinkwrap.api.ArchivePaths.create("META-INF/application.xml");
        Node node = ear.get(path);
        String xml;
        try (InputStream in = node.getAsset().openStream()) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read application.xml", e);
        }
        String module = "  <module>\n    <web>\n      <web-uri>" + webUri + "</web-uri>\n      <context-root>"
                + contextRoot + "</context-root>\n    </web>\n  </module>\n  <library-directory>";
        ear.delete(path);
        ear.add(new ByteArrayAsset(new ByteArrayInputStream(
                xml.replace("<library-directory>", module).getBytes(StandardCharsets.UTF_8))), path);
    }
}
