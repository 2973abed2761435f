package org.beian.it;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Testable;
import org.jboss.shrinkwrap.api.ArchivePath;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.ByteArrayAsset;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one archive every integration test deploys: the real EAR the build produced (copied by its Maven
 * coordinates into target/), plus a small test WAR with the in-container test classes. Every class
 * returns the same archive, so {@code DeployOnce} deploys it once per run.
 */
public final class Deployments {

    /** In-container tests live in this package (and below); browser and HTTP tests do not. */
    private static final String CONTAINER_TESTS = "org.beian.it.container";
    private static final String TEST_WAR = "beian-tests.war";

    private Deployments() {}

    public static EnterpriseArchive ear() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class, earFile());
        WebArchive tests = ShrinkWrap.create(WebArchive.class, TEST_WAR)
                .addPackages(true, CONTAINER_TESTS)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
        ear.addAsModule(Testable.archiveToTest(tests));
        addWebModuleToDescriptor(ear, TEST_WAR, "/beian-tests");
        return ear;
    }

    /** Where the application answers: the web module's context root is /. */
    public static URI baseUri() {
        return URI.create(System.getProperty("beian.base.url", "http://localhost:8080/"));
    }

    private static File earFile() {
        File file = new File(System.getProperty("beian.ear.file", "target/beian.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("The EAR under test is missing: " + file.getAbsolutePath());
        }
        return file;
    }

    /** The EAR plugin lists modules explicitly, so a module added here must be listed too. */
    private static void addWebModuleToDescriptor(EnterpriseArchive ear, String webUri, String contextRoot) {
        ArchivePath path = ArchivePaths.create("META-INF/application.xml");
        String xml;
        try (InputStream in = ear.get(path).getAsset().openStream()) {
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
