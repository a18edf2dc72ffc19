package vn.sogoc.archive.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The archive application: command line, batch jobs and (later) the web layer on one Spring context. */
@SpringBootApplication
public class ArchiveApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(ArchiveApplication.class, args)));
    }
}
