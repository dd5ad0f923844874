package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.followupbot.MovableClock;
import com.followupbot.Storage;
import com.followupbot.chat.Button;
import com.followupbot.testing.TestDatabase;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Buttons and keyboards on a real database: what a press resolves to, for whom, and until when. */
class ButtonsTest {

    private final Jdbi jdbi = Storage.jdbi(TestDatabase.fresh());
    private final MovableClock clock = MovableClock.startingNow(ZoneOffset.UTC);
    private final Buttons buttons = new Buttons(jdbi, clock);
    private long anna;
    private long bruno;

    @BeforeEach
    void twoUsers() {
        anna = user();
        bruno = user();
    }

    @Test
    void aKeyboardIsOneRowAndEachOfItsAnswersResolvesToItsOwnActionAndParameter() {
        Buttons.Batch batch = buttons.batch();
        List<Button> first = prompt(batch, anna, 41L);
        List<Button> second = prompt(batch, anna, 42L);
        Button single = batch.make(anna, "Fix", ButtonAction.CAPTURE_FIX, 7L, null);
        batch.store();

        assertThat(count("button_keyboard")).isEqualTo(2);
        assertThat(count("button")).isEqualTo(1);
        assertThat(buttons.resolve(anna, first.get(0).token())).contains(new Buttons.Pressed(ButtonAction.STEP_DONE, 41L, null));
        assertThat(buttons.resolve(anna, first.get(2).token())).contains(new Buttons.Pressed(ButtonAction.STEP_SNOOZE, 41L, "P1D"));
        assertThat(buttons.resolve(anna, second.get(3).token())).contains(new Buttons.Pressed(ButtonAction.STEP_SNOOZE, 42L, "P3D"));
        assertThat(buttons.resolve(anna, single.token())).contains(new Buttons.Pressed(ButtonAction.CAPTURE_FIX, 7L, null));
    }

    @Test
    void aKeyboardsTokenResolvesForItsOwnerOnlyAndNotPastItsLastAnswer() {
        Buttons.Batch batch = buttons.batch();
        List<Button> answers = prompt(batch, anna, 41L);
        batch.store();
        String last = answers.get(answers.size() - 1).token();
        String keyboard = last.substring(0, last.length() - 1);

        assertThat(buttons.resolve(bruno, answers.get(0).token())).isEmpty();
        assertThat(buttons.resolve(anna, keyboard + answers.size())).as("one past the last answer").isEmpty();
        assertThat(buttons.resolve(anna, keyboard + "9")).isEmpty();
        assertThat(buttons.resolve(anna, keyboard)).as("the keyboard's own token is no answer").isEmpty();
    }

    @Test
    void retiringAnyOfAKeyboardsActionsRetiresTheWholeKeyboardOfThatTargetOnly() {
        Buttons.Batch batch = buttons.batch();
        List<Button> answered = prompt(batch, anna, 41L);
        List<Button> other = prompt(batch, anna, 42L);
        batch.store();

        buttons.retire(anna, 41L, ButtonAction.STEP_SKIP);

        assertThat(answered).allSatisfy(b -> assertThat(buttons.resolve(anna, b.token())).as(b.label()).isEmpty());
        assertThat(buttons.resolve(anna, other.get(0).token())).isPresent();
        buttons.retireAll(anna, ButtonAction.STEP_SNOOZE);
        assertThat(buttons.resolve(anna, other.get(0).token())).isEmpty();
    }

    @Test
    void housekeepingPurgesKeyboardsAYearOld() {
        Buttons.Batch batch = buttons.batch();
        List<Button> old = prompt(batch, anna, 41L);
        batch.store();
        clock.advance(Duration.ofDays(400));

        assertThat(new Housekeeping(jdbi, clock).purge()).isGreaterThanOrEqualTo(1);

        assertThat(buttons.resolve(anna, old.get(0).token())).isEmpty();
        assertThat(count("button_keyboard")).isZero();
    }

    @Test
    void aKeyboardHoldsTenAnswersAtMost() {
        Buttons.Batch.Keyboard keyboard = buttons.batch().keyboard(anna, 1L);
        for (int i = 0; i < 10; i++) {
            keyboard.button("answer " + i, ButtonAction.STEP_DONE, null);
        }
        assertThatThrownBy(() -> keyboard.button("one more", ButtonAction.STEP_DONE, null))
                .isInstanceOf(IllegalStateException.class);
    }

    private static List<Button> prompt(Buttons.Batch batch, long userId, long stepId) {
        Buttons.Batch.Keyboard keyboard = batch.keyboard(userId, stepId);
        List<Button> made = new ArrayList<>();
        made.add(keyboard.button("Done", ButtonAction.STEP_DONE, null));
        made.add(keyboard.button("Skip", ButtonAction.STEP_SKIP, null));
        made.add(keyboard.button("1 day", ButtonAction.STEP_SNOOZE, "P1D"));
        made.add(keyboard.button("3 days", ButtonAction.STEP_SNOOZE, "P3D"));
        return made;
    }

    private long user() {
        return jdbi.withHandle(h -> h.createQuery("""
                insert into app_user (zone, language, language_chosen, created_at) values ('Europe/Rome', 'en', true, now())
                returning id""").mapTo(Long.class).one());
    }

    private int count(String table) {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table).mapTo(Integer.class).one());
    }
}
