package com.followupbot.app;

import picocli.CommandLine;

/** The version the shaded jar's manifest carries; "development" when run from the IDE or tests. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[] {"followup-bot " + (version == null ? "development" : version)};
    }
}
