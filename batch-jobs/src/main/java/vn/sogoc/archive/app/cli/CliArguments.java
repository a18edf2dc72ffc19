package vn.sogoc.archive.app.cli;

import java.util.List;

/** The command-line arguments left after the global {@code --home} option, for the command runner. */
public record CliArguments(List<String> args) { }
