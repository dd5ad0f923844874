package com.followupbot.conversation;

import static com.followupbot.testing.ChatHarness.ROME;
import static org.assertj.core.api.Assertions.assertThat;

import com.followupbot.chat.OutboundMessage;
import com.followupbot.testing.ChatHarness;
import com.followupbot.testing.RecordingChatPort.Sent;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ItalianTest {

    private final ChatHarness chat = ChatHarness.thursdayEvening();

    @Test
    void anItalianUserGetsEverythingInItalian() {
        chat.say("giulia", "ho conosciuto Anna Rossi di Acme all'expo, cerca un nuovo sito");
        Sent confirmation = chat.nextReply();
        assertThat(confirmation.message().text())
                .startsWith("Registrato: Anna Rossi · Acme · incontro all'expo oggi · nota “cerca un nuovo sito”.")
                .contains("domani 09:00 un messaggio personale", "gio 19 mar collegarsi su LinkedIn",
                        "lun 13 apr telefonata per fissare un one-to-one");
        assertThat(confirmation.message().buttons()).extracting(b -> b.label())
                .containsExactly("Tutto giusto", "Correggi", "Annulla");

        chat.advanceTo(ZonedDateTime.of(2026, 3, 13, 9, 0, 0, 0, ROME));
        assertThat(chat.nextText()).isEqualTo("Buongiorno! Oggi: messaggio a Anna Rossi.");
        OutboundMessage note = chat.nextReply().message();
        assertThat(note.text()).contains("✉️ Anna Rossi — vi siete conosciuti ieri all'expo",
                "Passo 1 di 3", "Ciao Anna, è stato un piacere conoscerti all'expo ieri.");
        assertThat(note.context()).isEqualTo("Rispondi con un pulsante o a parole: “fatto”, “salta”, “rimanda di 3 giorni”.");
        chat.press("Fatto");
        assertThat(chat.nextEdit().replacement().text()).isEqualTo("✅ Messaggio a Anna Rossi — fatto ven 13 mar.");

        chat.say("giulia", "ho scritto ad Anna");
        assertThat(chat.nextText()).startsWith("Il passo 1 per Anna Rossi era già chiuso");
        chat.say("giulia", "mi sono collegata con Anna su LinkedIn");
        assertThat(chat.nextText()).startsWith("✅ LinkedIn con Anna Rossi — fatto ven 13 mar. Prossimo: la telefonata");
        chat.say("giulia", "correggi azienda Acme Srl");
        assertThat(chat.nextText()).contains("Anna Rossi · Acme Srl");
        chat.say("giulia", "boh");
        assertThat(chat.nextText()).startsWith("Non ho capito. Prova:");
    }
}
