package vn.sogoc.archive.app;

import java.nio.file.Files;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import vn.sogoc.archive.app.cli.CliArguments;

/**
 * The archive application: the command line ({@code bin/archive}), the batch jobs and the web layer
 * on one Spring context over one archive home.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ArchiveApplication {

    public static void main(String[] args) throws Exception {
        ArchiveHome home = ArchiveHome.fromArgs(args, System.getenv("ARCHIVE_HOME"));
        Files.createDirectories(home.path());
        System.setProperty("archive.home", home.path().toString());
        String[] rest = home.remainingArgs().toArray(String[]::new);
        SpringApplication app = new SpringApplication(ArchiveApplication.class);
        boolean serve = vn.sogoc.archive.app.web.ServeMode.isServe(home.remainingArgs());
        vn.sogoc.archive.app.web.ServeMode.prepare(home.remainingArgs());
        app.setWebApplicationType(serve ? WebApplicationType.SERVLET : WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("cliArguments", new CliArguments(List.of(rest))));
        ConfigurableApplicationContext context = app.run();
        System.exit(SpringApplication.exit(context));
    }
}
