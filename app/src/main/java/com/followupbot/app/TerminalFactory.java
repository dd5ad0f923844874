package com.followupbot.app;

import picocli.CommandLine;

/** Lets picocli build the commands with the {@link Terminal} they read and write. */
record TerminalFactory(Terminal terminal) implements CommandLine.IFactory {

    @Override
    public <K> K create(Class<K> type) throws Exception {
        try {
            return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
        } catch (NoSuchMethodException notACommand) {
            return CommandLine.defaultFactory().create(type);
        }
    }
}
