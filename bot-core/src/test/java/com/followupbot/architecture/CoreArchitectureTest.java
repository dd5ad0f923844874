package com.followupbot.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.followupbot.FollowUpBot;
import com.tngtech.archunit.core.importer.Location;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The core stays platform-agnostic: adapters depend on it, never the other way round. */
class CoreArchitectureTest {

    /** The core's own compiled classes (scanning the whole classpath would take seconds for nothing). */
    private final JavaClasses core = new ClassFileImporter()
            .importLocations(List.of(Location.of(FollowUpBot.class.getProtectionDomain().getCodeSource().getLocation())));

    @Test
    void theRulesSeeTheWholeCore() {
        assertThat(core.contain(FollowUpBot.class)).isTrue();
        assertThat(core.size()).isGreaterThan(50);
    }

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

    /** A feature's internal package (its DAOs and rows) is touched by that feature only. */
    @Test
    void noFeatureReachesIntoAnotherFeaturesInternals() {
        List<String> features = core.stream().map(c -> c.getPackageName())
                .filter(p -> p.endsWith(".internal")).map(p -> p.substring(0, p.length() - ".internal".length()))
                .distinct().toList();
        assertThat(features).contains("com.followupbot.capture", "com.followupbot.followup", "com.followupbot.conversation",
                "com.followupbot.user");
        for (String feature : features) {
            noClasses().that().resideOutsideOfPackage(feature + "..")
                    .should().dependOnClassesThat().resideInAPackage(feature + ".internal..")
                    .because("the internals of " + feature + " are its own")
                    .check(core);
        }
    }

    @Test
    void onlyTheStorageLayerTouchesJdbiStatementsNotTheChatPackage() {
        noClasses().that().resideInAPackage("com.followupbot.chat..")
                .should().dependOnClassesThat().resideInAnyPackage("org.jdbi..", "com.followupbot.conversation..")
                .check(core);
    }
}
