package vn.sogoc.archive.app.cli;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.boot.CommandLineRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import picocli.CommandLine;

/**
 * Runs the {@code bin/archive} command line (picocli) inside the Spring context and hands its exit
 * code to Spring Boot. Commands are created by Spring, so they get their collaborators injected.
 */
@Component
class CommandLineRunnerConfiguration implements CommandLineRunner, ExitCodeGenerator {

    private final AutowireCapableBeanFactory beans;
    private final CliArguments arguments;  // null in tests, which start the context without a command line
    private int exitCode;

    CommandLineRunnerConfiguration(AutowireCapableBeanFactory beans, ObjectProvider<CliArguments> arguments) {
        this.beans = beans;
        this.arguments = arguments.getIfAvailable();
    }

    @Override
    public void run(String... ignored) {
        if (arguments == null) return;
        CommandLine cli = new CommandLine(ArchiveCommand.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                return cls.getPackageName().startsWith("vn.sogoc.archive") ? beans.createBean(cls)
                        : CommandLine.defaultFactory().create(cls);
            }
        });
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("Lỗi / Error: " + message(e));
            org.slf4j.LoggerFactory.getLogger(ArchiveCommand.class).error("Command failed", e);
            return 2;
        });
        exitCode = cli.execute(arguments.args().toArray(String[]::new));
    }

    private static String message(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof java.lang.reflect.UndeclaredThrowableException)) t = t.getCause();
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
