package org.wirefold.processor.facts;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Verb classes of news counts. Synonyms across outlets share one class so that their facts share a key:
 * freed/released, sent/transferred/handed over, killed/dead/died/shot dead, injured/wounded/hurt, arrested/detained,
 * held/remain/imprisoned.
 */
final class Predicates {
    private static final Map<String, String> WORDS = new HashMap<>();
    /** Counted nouns that are people: folded to {@code person} for casualty predicates. */
    static final Set<String> HUMAN = Lexicon.set("person", "people", "persons", "victim", "individual", "man", "woman",
            "child", "teen", "teenager", "boy", "girl", "adult", "bystander", "other", "resident", "civilian",
            "juvenile", "male", "female", "youth", "kid", "student", "customer", "patron", "passenger", "worker",
            "shooting victim", "gunshot victim", "");
    static final Set<String> CASUALTY = Lexicon.set("killed", "injured", "shot");

    static {
        put("released", "freed", "frees", "free", "released", "releases", "release", "releasing", "pardoned",
                "liberated", "freeing");
        put("sent", "sent", "sends", "send", "transferred", "transfers", "transported", "handed", "deported",
                "flown", "expelled", "repatriated", "extradited", "sending", "transferring");
        put("killed", "killed", "kills", "kill", "killing", "dead", "died", "die", "dies", "dying", "deaths",
                "fatalities", "slain", "murdered", "perished", "fatally", "death", "lives");
        put("injured", "injured", "injuring", "injures", "injure", "wounded", "wounding", "wounds", "hurt", "hurting",
                "injuries", "hospitalized", "hospitalised", "injury");
        put("arrested", "arrested", "arrests", "detained", "detaining", "rounded");
        put("held", "held", "remain", "remains", "remained", "imprisoned", "jailed", "incarcerated", "hostage",
                "hostages", "captive", "captives");
        put("evacuated", "evacuated", "evacuate", "evacuation");
        put("missing", "missing");
        put("displaced", "displaced", "homeless");
        put("shot", "shot");
    }

    private Predicates() {
    }

    private static void put(String cls, String... words) {
        for (String w : words) {
            WORDS.put(w, cls);
        }
    }

    /** The class of a word, or null. */
    static String of(String lowerWord) {
        return WORDS.get(lowerWord);
    }

    static boolean isPredicate(String lowerWord) {
        return WORDS.containsKey(lowerWord);
    }

    /** Singular, lower-case head noun of a counted noun phrase ("political prisoners" → "prisoner"). */
    static String head(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        String u = unit.toLowerCase(Locale.ROOT).strip();
        int sp = u.lastIndexOf(' ');
        String w = sp >= 0 ? u.substring(sp + 1) : u;
        int dash = w.lastIndexOf('-');
        if (dash >= 0 && dash < w.length() - 1) {
            w = w.substring(dash + 1);
        }
        return singular(w);
    }

    static String singular(String w) {
        String irregular = Lexicon.IRREGULAR.get(w);
        if (irregular != null) {
            return irregular;
        }
        if (w.equals("others")) {
            return "other";
        }
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is") && w.length() > 3) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }
}
