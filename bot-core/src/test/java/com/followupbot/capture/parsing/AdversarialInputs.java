package com.followupbot.capture.parsing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Inputs built to hurt a parser: long runs, deep nesting, odd scripts, control characters, injection-like text. */
final class AdversarialInputs {
    private AdversarialInputs() {
    }

    static Map<String, String> all() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("4000 spaces", " ".repeat(4_000));
        m.put("spaces around a capture", " ".repeat(2_000) + "met Anna" + " ".repeat(2_000));
        m.put("nested quotes", "met " + "\"'".repeat(1_000) + "Anna" + "'\"".repeat(1_000));
        m.put("nested brackets", "met Anna " + "(".repeat(2_000) + ")".repeat(2_000));
        m.put("long digit run", "met Anna " + "7".repeat(4_000));
        m.put("digit chunks", "met Anna " + "12 ".repeat(1_300));
        m.put("plus-digit chunks", "met Anna " + "+1 2 ".repeat(800));
        m.put("dotted digits", "met Anna " + "1.".repeat(2_000));
        m.put("slashed digits", "met Anna on " + "1/".repeat(2_000));
        m.put("emoji", "met 😀 Anna 🎉 ".repeat(150));
        m.put("rtl text", "met שלום Anna مرحبا at the expo " + "\u202Eשלום ".repeat(300));
        m.put("control characters", "met\u0000Anna\u0007\u001B[31m at the expo\u0008".repeat(100));
        m.put("sql-ish", "met Robert'); DROP TABLE contacts;-- at the expo ".repeat(60));
        m.put("html-ish", "<script>alert('met Anna')</script><img src=x onerror=alert(1)>".repeat(40));
        m.put("elision chain", "met " + "l'".repeat(1_900) + "Anna");
        m.put("apostrophes", "met Anna " + "'".repeat(4_000));
        m.put("many people", "met Anna" + " and Anna".repeat(400));
        m.put("many commas", "met Anna" + ", Marco".repeat(500));
        m.put("many prepositions", "met Anna " + "at the ".repeat(550));
        m.put("many dashes", "met Anna" + " - ".repeat(1_300));
        m.put("many emails", "met Anna " + "a@b.co ".repeat(550));
        m.put("many honorifics", "met " + "Dr. ".repeat(1_000) + "Anna");
        m.put("many roles", "met Anna " + "CEO of ".repeat(550));
        m.put("many dates", "met Anna " + "yesterday 3 March 2 days ago ".repeat(130));
        m.put("many times", "met Anna " + "at 9 ".repeat(800));
        m.put("one long word", "met " + "A".repeat(4_000));
        m.put("combining marks", "met A" + "\u0301".repeat(2_000));
        m.put("surrogate soup", "met Anna " + "\uD83D".repeat(1_000) + "\uDE00".repeat(1_000));
        m.put("legal suffix chain", "met Anna of Acme " + "Srl ".repeat(1_000));
        m.put("capitalised words", "met" + " Anna".repeat(800));
        m.put("italian particles", "ho conosciuto Anna" + " de".repeat(1_300) + " Luca");
        return m;
    }
}
