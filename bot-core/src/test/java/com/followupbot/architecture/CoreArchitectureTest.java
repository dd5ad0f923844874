package com.followupbot.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays platform-agnostic: adapters depend on it, never the other way round. */
class CoreArchitectureTest {

    private final JavaClasses core = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.followupbot");

    @Test
    void coreImportsNoSlackTelegramOrQuartz() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.slack..", "org.telegram..", "org.quartz..", "okhttp3..")
                .check(core);
    }

    @Test
    void coreDependsOnNoAdapterOrLauncher() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage(
                        "com.followupbot.slack..", "com.followupbot.telegram..", "com.followupbot.app..")
                .check(core);
    }

    @Test
    void onlyTheStorageLayerTouchesJdbiStatementsNotTheChatPackage() {
        noClasses().that().resideInAPackage("com.followupbot.chat..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.followupbot.conversation..")
                .check(core);
    }
}
