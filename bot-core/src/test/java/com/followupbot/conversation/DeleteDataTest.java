package com.followupbot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.ChatId;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RowCounts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "delete my data": every row of the user goes, counted in every table; other members keep their side, nameless. */
class DeleteDataTest {

    private static final ChatId GROUP = ChatId.group("chapter-1");
    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void confirmedEveryRowOfTheUserGoesAndTheOtherMembersReferralLosesTheirName() {
        chat.chapter(GROUP, "paola", "bruno");
        chat.say("bruno", "met Sara Conti at the fair");
        chat.say("bruno", "gave Paola a referral: Luca Bianchi needs solar panels");
        chat.skipAll();
        Map<String, Integer> before = RowCounts.of(chat.jdbi());
        chat.say("paola", "met Anna Rossi from Acme at the expo — needs a new website");
        chat.say("paola", "gave Bruno a referral: Marco Neri needs an accountant");
        chat.say("paola", "settings trade web designer");
        chat.say("paola", "my ask: facility managers of hotels in Milan");
        chat.allReplies();

        chat.say("paola", "delete my data");
        assertThat(chat.nextText()).startsWith("🗑 This deletes everything I keep about you");
        chat.press("paola", "Delete everything");
        assertThat(chat.nextEdit().replacement().text()).startsWith("🗑 Done: everything I kept about you is deleted.");

        long paolaRows = chat.jdbi().withHandle(h -> h.createQuery("""
                select count(*) from user_identity where platform_user_id = 'paola'""").mapTo(Long.class).one());
        assertThat(paolaRows).isZero();
        Map<String, Integer> after = RowCounts.of(chat.jdbi());
        assertThat(RowCounts.delta(before, after)).as("every table holds what it held before Paola's day, less Paola")
                .containsEntry("app_user", -1)
                .allSatisfy((table, delta) -> assertThat(delta).as(table).isLessThanOrEqualTo(0));
        List<Map<String, Object>> brunos = chat.jdbi().withHandle(h -> h.createQuery("""
                select partner_name, partner_user_id from referral order by id""").mapToMap().list());
        assertThat(brunos).extracting(r -> r.get("partner_name")).containsOnly("—");
        assertThat(brunos).extracting(r -> r.get("partner_user_id")).containsOnly((Object) null);

        chat.say("bruno", "referrals");
        assertThat(chat.nextText()).contains("Luca Bianchi → —", "Marco Neri ← —");
        chat.say("paola", "contacts");
        assertThat(chat.nextText()).as("a new Paola starts afresh").startsWith("No contacts yet.");
    }

    @Test
    void keepMyDataChangesNothing() {
        chat.say("paola", "met Anna Rossi at the expo");
        chat.skipAll();
        Map<String, Integer> before = RowCounts.data(chat.jdbi());
        chat.say("paola", "cancella i miei dati");
        chat.allReplies();
        chat.press("paola", "Tieni i miei dati");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("Va bene, non ho cancellato niente.");
        assertThat(RowCounts.data(chat.jdbi())).isEqualTo(before);
    }
}
