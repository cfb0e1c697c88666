package io.hirehub.launcher.edge;

import io.hirehub.launcher.cli.CommandGroup;
import picocli.CommandLine.Command;

/** {@code hirehub match top|recommended|detail}: matching's answers, read through the edge. */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = "Read a job's top matches, a user's recommendations or a match's detail through the edge.",
        subcommands = {MatchReadCommand.Top.class, MatchReadCommand.Recommended.class, MatchReadCommand.Detail.class})
public final class MatchCommand extends CommandGroup {}
