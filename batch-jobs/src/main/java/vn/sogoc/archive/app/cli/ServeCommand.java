package vn.sogoc.archive.app.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.sogoc.archive.app.ArchiveProperties;
import vn.sogoc.archive.app.web.ServeMode;
import vn.sogoc.archive.app.web.security.DemoUsers;

/**
 * {@code serve [--port N] [--address A]}: the archive as a web server on the same home (HTTP API, web
 * UI, OpenAPI, health and metrics); blocks until the server stops (Ctrl+C / SIGTERM). On a demo home
 * without users it creates the DEMO accounts and prints their passwords once.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Chạy máy chủ web (API, giao diện) / run the web server (API, web UI)")
class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", description = "cổng / port (mặc định / default " + ServeMode.DEFAULT_PORT + ")")
    Integer port;

    @Option(names = "--address", paramLabel = "A", description = "địa chỉ lắng nghe / bind address (mặc định / default 127.0.0.1)")
    String address;

    private final ApplicationContext context;
    private final DemoUsers demoUsers;
    private final ArchiveProperties properties;

    ServeCommand(ApplicationContext context, DemoUsers demoUsers, ArchiveProperties properties) {
        this.context = context;
        this.demoUsers = demoUsers;
        this.properties = properties;
    }

    @Override
    public Integer call() throws Exception {
        if (!(context instanceof WebServerApplicationContext web) || web.getWebServer() == null) {
            System.err.println("serve phải là lệnh đầu tiên / serve must be the first command (after --home)");
            return 2;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        ((ConfigurableApplicationContext) context).addApplicationListener(e -> {
            if (e instanceof ContextClosedEvent) stopped.countDown();
        });
        String host = System.getProperty("server.address", "127.0.0.1");
        String base = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + web.getWebServer().getPort();
        System.out.println("Kho lưu trữ / archive home: " + properties.home());
        System.out.println("Máy chủ web / web server: " + base + "/   (API " + base + "/api/v1, OpenAPI " + base
                + "/v3/api-docs, Swagger UI " + base + "/swagger-ui.html)");
        for (String line : demoUsers.ensure()) System.out.println(line);
        if (java.nio.file.Files.exists(demoUsers.file())) {
            System.out.println("Tài khoản DEMO / DEMO accounts: " + demoUsers.file());
        }
        // the command line runner (this command) blocks, so Boot never reaches "ready" by itself
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        System.out.println("Dừng bằng Ctrl+C / stop with Ctrl+C");
        System.out.flush();
        stopped.await();
        return 0;
    }
}
