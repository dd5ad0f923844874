package com.followupbot.benchmarks;

import com.followupbot.user.Language;
import java.util.List;

/** About fifty realistic chat messages, half English and half Italian, including chit-chat and plans. */
final class Messages {
    record Message(String text, Language language) {
    }

    private Messages() {
    }

    static List<Message> mixed() {
        return List.of(
                en("met Anna Rossi from Acme at the expo yesterday — needs a new website"),
                en("met Marco Neri at the chamber breakfast 10 days ago"),
                en("just met anna rossi, cto at acme, anna@acme.com +39 333 123 4567"),
                en("Met Dr. Anna De Luca (CTO, Acme Srl) at BNI Milano Centro breakfast last Tuesday at 9am - wants a quote"),
                en("had coffee with Luca D'Angelo of Beta S.p.A. this morning. He is looking for an accountant"),
                en("spoke with Jan van der Berg on Zoom on 3 March"),
                en("ran into Acme's CTO Paolo Verdi at the airport"),
                en("was introduced to the CEO of Gamma Ltd, Sara Bianchi, at the chamber breakfast"),
                en("met Anna, Marco and Luca at the expo"),
                en("talked to Sara (sara.b@gamma.co.uk, linkedin.com/in/sarab) at the networking event"),
                en("met Giulia Russo, accountant, 333.123.4567, she needs help with taxes"),
                en("Met Mr John Smith, sales manager at Delta Inc., at the trade show on March 3rd"),
                en("met Olivia Brown, marketing manager at Sunrise Hotels, this afternoon at 4"),
                en("met Kevin (kevin@nova.com, +1 415 555 0199) at the mixer"),
                en("met Isabella Martinez, insurance agent with StateSafe, last Monday"),
                en("got introduced to Maria Garcia, founder of Bloom, at a startup event two days ago"),
                en("met Julia Roberts, CEO at Pretty Woman Srl, on 3 mar at 11am; she is opening a new shop"),
                en("meeting with Anna yesterday"),
                en("meeting Anna tomorrow"),
                en("will meet Marco on Friday"),
                en("thanks!"),
                en("hello, how does this work?"),
                en("met Bob Dylan a couple of days ago"),
                en("chatted with Barry Allen at the coffee shop 4 days ago — needs a new accountant"),
                en("met Hope van Dyne on 2/3"),
                it("ho conosciuto Marco alla fiera"),
                it("ho conosciuto Marco Bianchi di Acme Srl alla colazione BNI ieri - vuole un preventivo"),
                it("ieri sera ho incontrato la dott.ssa Giulia Dell'Acqua, commercialista di Studio Rossi, cerca clienti"),
                it("conosciuto luca d'angelo al networking di Confcommercio l'altro ieri"),
                it("ho parlato con l'avvocato Paolo Verdi durante la fiera, ha bisogno di un sito"),
                it("caffè con Sara e Luca stamattina"),
                it("mi hanno presentato Anna, titolare di Pizzeria Da Mario, martedì scorso alle 9.30"),
                it("pranzo con Marco Neri (responsabile marketing, Gamma Srl) il 3 marzo"),
                it("ho visto Paolo 3 giorni fa su Zoom, interessato a una consulenza"),
                it("ho conosciuto Anna, Marco e Luca alla colazione BNI una settimana fa"),
                it("ho incontrato il geom. Bruno Neri alle 14:30, tel 333 1234567, email bruno@neri.it"),
                it("ho conosciuto Giovanni Esposito, agente immobiliare, alla cena del Rotary ieri sera"),
                it("ho conosciuto Francesca Romano, fondatrice di Romano Design, al coworking lunedì"),
                it("ho incontrato Alessandro Bruno e Federica Costa ieri pomeriggio al Salone del Mobile"),
                it("ho conosciuto Simona Moretti, commercialista, simona@moretti.it, alla colazione di lavoro"),
                it("ho conosciuto Luca il 03/03/2026 alle 18"),
                it("ho conosciuto Beatrice Leone la settimana scorsa: cerca un commercialista"),
                it("ho preso un caffè con Lorenzo Bassi stamattina, lui cerca un socio"),
                it("ho conosciuto Giada Rossi, titolare di Giada Parrucchieri sas, giada@giadaparrucchieri.it 0521 123456"),
                it("domani vedo Anna"),
                it("incontrerò Marco venerdì"),
                it("ciao come va"),
                it("grazie mille!"),
                it("Marco Rossi, conosciuto ieri alla fiera"),
                it("ho incontrato Luca Verdi, CTO di Verdi Tech, alla colazione BNI Milano Centro giovedì scorso alle 7:30"));
    }

    private static Message en(String text) {
        return new Message(text, Language.EN);
    }

    private static Message it(String text) {
        return new Message(text, Language.IT);
    }
}
