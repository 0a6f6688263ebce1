package org.wirefold.processor.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Removes page furniture from article text: share bars, "Follow us", newsletter and channel invitations, comment
 * forms, copyright lines, "related stories" lists. Works line by line with general rules only (no outlet-specific
 * patterns):
 * <ul>
 *   <li>a short line that is only an invitation or a page control (follow, share, subscribe, sign up, join our
 *       channel, download the app, advertisement, click here, read more, photo credits) is dropped;</li>
 *   <li>a line with copyright / all-rights-reserved, account, newsletter, notification or video-player
 *       furniture is dropped, as is a video playlist (several clip durations on one line, or three or more lines
 *       in a row that each start with a clip duration and a title);</li>
 *   <li>a short heading that starts the page tail ("Leave a Reply", "Related articles", "You may also like",
 *       "Comments") ends the article: it and everything after it is dropped, provided it comes after the first
 *       third of the text;</li>
 *   <li>a line repeated verbatim within the text keeps only its first occurrence.</li>
 * </ul>
 * The headline (first non-empty line) is always kept, without a trailing site name ("… - WXYZ News 5"). Thread-safe.
 */
public final class Boilerplate {
    private static final int SHORT_WORDS = 30;
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-\u2013\u2014:]|::)\\s+");

    private static final Pattern INVITATION = Pattern.compile("(?i)^\\W*(?:"
            + "(?:please\\s+)?(?:follow|like|find|join|connect with|subscribe to)\\s+(?:us|our|the)\\b"
            + "|follow\\s+[\\p{L}\\p{N} .&'’-]{1,60}\\s+(?:on|for)\\b"
            + "|(?:sign up|subscribe|register)\\b"
            + "|(?:stay (?:informed|updated|up to date|connected))\\b"
            + "|(?:download|get) (?:our|the) [\\p{L} ]{0,30}app\\b"
            + "|(?:advertisement|sponsored|promoted|ad)\\W*$"
            + "|(?:click|tap) here\\b"
            + "|(?:read|see|view|watch) (?:more|also|next|full|the full)\\b"
            + "|(?:related|recommended|more)(?: (?:stories|articles|news|coverage|from [^:]{1,40}))?\\s*:"
            + "|(?:photo|image|video|file photo|credit)s?\\s*(?:credit)?\\s*:"
            + "|(?:copyright|\\(c\\)|©)"
            + "|(?:this (?:material|story|article) may not be (?:published|reproduced|redistributed))"
            + ")");
    /** Page controls that make a very short line (share bars, menus). */
    private static final Pattern CONTROL = Pattern.compile("(?i)^(?:[\\W\\d]*(?:share(?: this| on| via)?|tweet|e-?mail|print|pin(?: it)?|save"
            + "|comments?|facebook|twitter|whatsapp|linkedin|reddit|messenger|telegram|instagram|copy link|close|menu|search"
            + "|next|previous|back to top|enable javascript|cookies?(?: policy| settings)?|terms of (?:use|service)"
            + "|privacy policy|more|reprints?|permalink)[\\W\\d]*)+$");
    /** Phrases that mark a line as furniture wherever they occur in it. */
    private static final Pattern ANYWHERE = Pattern.compile("(?i)(?:all rights reserved|©\\s*\\d{4}|copyright\\s+©?\\s*\\d{4}"
            + "|join our [\\p{L} ]{0,30}(?:telegram|whatsapp|channel|newsletter)"
            + "|sign up for (?:our|the) [\\p{L} ]{0,30}newsletter"
            + "|(?:follow|like) us on (?:facebook|twitter|instagram|x|google|linkedin|youtube|telegram|tiktok)"
            + "|your email address will not be published|required fields are marked"
            + "|enable javascript|javascript (?:is )?(?:disabled|required)|ad[- ]?block|trouble (?:viewing|playing) the video"
            + "|scroll down for video|verification (?:email|message)|confirmation email|activate your (?:profile|account)"
            + "|spam or junk folder|notifications? (?:has been saved|are only sent)|saving your notification"
            + "|get (?:email|push) notifications|breaking news alerts|be the first to know|thank you for registering"
            + "|already (?:have an account|a subscriber)|welcome back|(?:sign|log) in (?:to|using|with)"
            + "|by submitting your (?:registration|information)|terms of (?:service|use) and privacy policy"
            + "|you are the owner of this article|pending comments|home delivery|e-?mail newsletters?"
            + "|contributed to this (?:report|story|article)|send us your (?:news )?tips|like this:? like loading"
            + "|why are we asking this|just one more thing|stand out from the other characters"
            + "|(?:free|our) (?:news )?apps? (?:now|for (?:ios|iphone|android))|(?:read|see) or share this story"
            + "|delivered to your inbox|posts new content|set up your account|(?:log|sign) in if you already have"
            + "|keep up with [^.]{0,60} on (?:facebook|twitter)|(?:support|update|disabled?|needs?) flash\\b|flash (?:player|update))");
    /** Video playlists and headline tickers: several clip durations on one line. */
    private static final Pattern PLAYLIST = Pattern.compile("(?:\\b\\d{1,2}:\\d{2}\\s+\\p{Lu}.*){2,}");
    /**
     * One item of a video playlist laid out one clip per line: a clip duration, then its title (not a clock time of
     * a live blog, "10:32 GMT Police say …").
     */
    private static final Pattern CLIP = Pattern.compile(
            "^\\d{1,2}:\\d{2}\\s+(?!(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|AM|PM|A\\.M|P\\.M)\\b)\\p{Lu}.*");
    private static final Pattern TAIL = Pattern.compile("(?i)^\\W*(?:leave a (?:reply|comment)|post a comment"
            + "|comments?(?: \\(\\d+\\))?|add (?:a |your )?comment|join the (?:discussion|conversation)"
            + "|related (?:articles|stories|posts|news|content|coverage|links)|more (?:stories|articles|news) (?:from|like this)"
            + "|you (?:may|might) (?:also )?like|recommended (?:for you|stories|articles)?|trending(?: now| stories)?"
            + "|most (?:popular|read|viewed)|popular (?:stories|posts)|latest (?:stories|news|posts)|about the author"
            + "|share this(?: article| story)?|sponsored (?:content|links|stories)"
            // headings of other stories named with the site: "More stories you may like on WXYZ", "MORE FROM WXYZ.COM"
            + "|(?:read )?more (?:top )?(?:trending )?(?:stories|articles|news|headlines)(?: (?:you (?:may|might) (?:also )?like|from|on)\\b.{0,40})?"
            + "|more from\\b.{0,30}|(?:other |previous )(?:top )?stories|top (?:stories|trending))\\W*$");

    /** Returns {@code text} without page furniture; blank lines between paragraphs are kept. */
    public String strip(String text) {
        if (text == null || text.isEmpty()) {
            return text == null ? "" : text;
        }
        String[] lines = text.split("\\r?\\n", -1);
        int total = text.length();
        boolean[] playlist = playlistLines(lines);
        List<String> kept = new ArrayList<>(lines.length);
        java.util.Set<String> seen = new java.util.HashSet<>();
        boolean headline = true;
        int offset = 0;
        for (int li = 0; li < lines.length; li++) {
            String raw = lines[li];
            int lineStart = offset;
            offset += raw.length() + 1;
            String line = raw.strip();
            if (line.isEmpty()) {
                kept.add("");
                continue;
            }
            if (headline) {
                headline = false;
                raw = headline(line);
                kept.add(raw);
                seen.add(TextNormalizer.normalize(line));
                continue;
            }
            int words = wordCount(line);
            if (words <= 8 && TAIL.matcher(line).matches() && lineStart > total / 3) {
                break;
            }
            if (words <= 6 && CONTROL.matcher(line).matches()) {
                continue;
            }
            if (words <= SHORT_WORDS && INVITATION.matcher(line).find()) {
                continue;
            }
            if (words <= 2 * SHORT_WORDS && ANYWHERE.matcher(line).find()) {
                continue;
            }
            if (playlist[li] || PLAYLIST.matcher(line).find()) {
                continue;
            }
            String norm = TextNormalizer.normalize(line);
            if (words >= 4 && !seen.add(norm)) {
                continue;
            }
            kept.add(raw);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return String.join("\n", kept).strip();
    }

    /**
     * Lines that belong to a video playlist laid out one clip per line: a run of at least three non-blank lines (blank
     * lines between them allowed) that each start with a clip duration and a title ("1:11 Mayor opens bridge").
     */
    static boolean[] playlistLines(String[] lines) {
        boolean[] out = new boolean[lines.length];
        int i = 0;
        while (i < lines.length) {
            if (!CLIP.matcher(lines[i].strip()).matches()) {
                i++;
                continue;
            }
            int clips = 0;
            int j = i;
            int last = i;
            while (j < lines.length && (lines[j].isBlank() || CLIP.matcher(lines[j].strip()).matches())) {
                if (!lines[j].isBlank()) {
                    clips++;
                    last = j;
                }
                j++;
            }
            if (clips >= 3) {
                for (int k = i; k <= last; k++) {
                    out[k] = !lines[k].isBlank();
                }
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * The headline without a trailing site name: of "Title - Site" or "Title | Site" segments, trailing segments of
     * at most six words are dropped as long as a longer segment remains before them.
     */
    static String headline(String line) {
        String[] parts = SITE_SEPARATOR.split(line);
        int end = parts.length;
        while (end > 1 && wordCount(parts[end - 1]) <= 6 && wordCount(String.join(" ", java.util.Arrays.asList(parts).subList(0, end - 1))) >= 4) {
            end--;
        }
        if (end == parts.length) {
            return line;
        }
        int cut = 0;
        java.util.regex.Matcher m = SITE_SEPARATOR.matcher(line);
        for (int i = 0; i < end && m.find(); i++) {
            cut = m.start();
        }
        return line.substring(0, cut).strip();
    }

    private static int wordCount(String line) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < line.length(); i++) {
            boolean ws = Character.isWhitespace(line.charAt(i));
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }
}
