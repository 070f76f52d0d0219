/*
 * test_text.c — unit tests of the text pipeline (src/text/): boilerplate
 * kinds on hand-written lines, content that must stay content, sentence
 * splitting cases, token kinds and flags, fold/term, the stopword list,
 * and pathological inputs that must stay linear.  The seed articles are
 * tested in test_text_seeds.c (skipped when the shared data is absent).
 *
 * Every expected value below was written by hand from the rules in
 * docs/text.md, never copied from the code's output.
 */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "text/text.h"

/* ---- helpers ----------------------------------------------------------- */

static uint8_t bp(const char *line) { return sl_text_boilerplate(line, strlen(line)); }

/* Splits s as one paragraph and joins the sentences with '|'. */
static const char *sents(const char *s) {
  static char out[4096];
  sl_spanvec v = {0};
  sl_span p = {0, (uint32_t)strlen(s)};
  out[0] = '\0';
  if (sl_text_sentences(s, p, &v) != SL_OK) return "(error)";
  size_t o = 0;
  for (size_t i = 0; i < v.n; i++) {
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", i ? "|" : "", (int)v.a[i].len,
                          s + v.a[i].off);
    if (o >= sizeof out) break;
  }
  sl_vec_free(&v);
  return out;
}

/* Tokenises s and renders each token as KIND[flags]:text, space separated.
 * Kinds: W word, N number, P punct, Q quote, U url, H handle, S symbol;
 * flags: ^ cap, ! upper, < open, > close. */
static const char *toks(const char *s) {
  static char out[4096];
  static const char kinds[] = "?WNPQUHS";
  sl_tokvec v = {0};
  sl_span p = {0, (uint32_t)strlen(s)};
  out[0] = '\0';
  if (sl_text_tokens(s, p, &v) != SL_OK) return "(error)";
  size_t o = 0;
  for (size_t i = 0; i < v.n; i++) {
    sl_token t = v.a[i];
    char fl[8];
    int f = 0;
    if (t.flags & SL_TF_CAP) fl[f++] = '^';
    if (t.flags & SL_TF_UPPER) fl[f++] = '!';
    if (t.flags & SL_TF_OPEN) fl[f++] = '<';
    if (t.flags & SL_TF_CLOSE) fl[f++] = '>';
    fl[f] = '\0';
    o += (size_t)snprintf(out + o, sizeof out - o, "%s%c%s:%.*s", i ? " " : "",
                          kinds[t.kind < 8 ? t.kind : 0], fl, (int)t.span.len, s + t.span.off);
    if (o >= sizeof out) break;
  }
  sl_vec_free(&v);
  return out;
}

/* ---- boilerplate ------------------------------------------------------- */

static void test_boilerplate(void) {
  /* credits and captions */
  INT_EQ(bp("Photo: Anna Berg/Reuters; Tom Hale/AFP"), SL_BP_CREDIT, "photo line");
  INT_EQ(bp("Photos: Courtesy of the harbour authority"), SL_BP_CREDIT, "photos line");
  INT_EQ(bp("Image: Valley Courier"), SL_BP_CREDIT, "image line");
  INT_EQ(bp("Credit: Ruth Okoro/AP"), SL_BP_CREDIT, "credit line");
  INT_EQ(bp("Photo credit: Omar Haddad/Westside Herald"), SL_BP_CREDIT, "photo credit");
  INT_EQ(bp("The mayor greets volunteers at the depot. Photo: Lee Chan"), SL_BP_CREDIT,
         "caption with Photo: tail");
  INT_EQ(bp("The mayor at the depot on Monday. Jonas Weber via Getty Images"), SL_BP_CREDIT,
         "caption ending in via agency");
  INT_EQ(bp("Fans outside the arena. Dana Ruiz/WireImage"), SL_BP_CREDIT, "Name/WireImage");
  INT_EQ(bp("Two players celebrate. (Image via Kim Soto/Getty Images)"), SL_BP_CREDIT,
         "parenthesised image via");
  INT_EQ(bp("Rescuers search the rubble on Tuesday. (AP Photo/Hugo Lenz)"), SL_BP_CREDIT,
         "AP Photo/Name in parentheses");
  INT_EQ(bp("The senator said the vote \"was a disgrace.\" Pool via Getty Images"),
         SL_BP_CREDIT, "quote then credit");
  INT_EQ(bp("Mia Vance/Getty Images"), SL_BP_CREDIT, "bare credit line");
  /* image names and alt text */
  INT_EQ(bp("flooded-main-street.jpg"), SL_BP_IMAGE, "jpg");
  INT_EQ(bp("IMG_2041.JPEG"), SL_BP_IMAGE, "upper-case extension");
  INT_EQ(bp("https://cdn.example.com/photos/bridge.png"), SL_BP_IMAGE, "image URL");
  /* related links */
  INT_EQ(bp("RELATED VIDEO: Crowds Gather For The Harvest Parade"), SL_BP_RELATED, "related video");
  INT_EQ(bp("RELATED: Council approves new budget"), SL_BP_RELATED, "RELATED:");
  INT_EQ(bp("Related: Council approves new budget"), SL_BP_RELATED, "Related:");
  INT_EQ(bp("Read more: Why the bridge closed"), SL_BP_RELATED, "read more:");
  INT_EQ(bp("Read more"), SL_BP_RELATED, "read more alone");
  INT_EQ(bp("READ MORE"), SL_BP_RELATED, "READ MORE");
  INT_EQ(bp("Also read: Five things to know about the tax plan"), SL_BP_RELATED, "also read");
  INT_EQ(bp("ALSO READ | Storm warning extended"), SL_BP_RELATED, "ALSO READ |");
  /* social posts */
  INT_EQ(bp("Pat Quinlan @patq Nobody saw this coming. https://t.co/AbC123xyz"), SL_BP_SOCIAL,
         "name handle text link");
  INT_EQ(bp("@cityrail Delays on the north line again https://t.co/q1w2e3"), SL_BP_SOCIAL,
         "handle first");
  INT_EQ(bp("Rosa Delgado @rosa_d This is the best news I have heard all week and I cannot wait"),
         SL_BP_SOCIAL, "name handle text, truncated, no link");
  /* bylines */
  INT_EQ(bp("By Helen Marsh"), SL_BP_BYLINE, "byline");
  INT_EQ(bp("By Helen Marsh, Valley Courier"), SL_BP_BYLINE, "byline with outlet");
  INT_EQ(bp("BY HELEN MARSH AND OWEN PRICE"), SL_BP_BYLINE, "upper-case byline");
  INT_EQ(bp("Edited by Rahul Mehta"), SL_BP_BYLINE, "edited by");
  INT_EQ(bp("(Reporting by Ana Lima; Editing by Mark Day)"), SL_BP_BYLINE, "reporting by");
  INT_EQ(bp("Staff writer Lee Park in Riverton contributed to this report."), SL_BP_BYLINE,
         "contributed to this report");
  INT_EQ(bp("Image copyright Valley Courier Image caption The flooded square on Monday"),
         SL_BP_CREDIT, "image copyright / caption");
  INT_EQ(bp("Image caption Volunteers filled sandbags through the night"), SL_BP_CREDIT,
         "image caption");
  INT_EQ(bp("Photograph by The Harbour Museum"), SL_BP_CREDIT, "photograph by");
  INT_EQ(bp("Read more from the Valley Courier in Spanish."), SL_BP_RELATED, "read more from");
  /* stamps */
  INT_EQ(bp("Published on June 3, 2021 10:42 AM"), SL_BP_STAMP, "published on");
  INT_EQ(bp("Updated: 14:05 GMT"), SL_BP_STAMP, "updated time");
  INT_EQ(bp("Last updated on 3 March 2024"), SL_BP_STAMP, "last updated");
  INT_EQ(bp("Published 7:15 p.m."), SL_BP_STAMP, "published p.m.");
  /* other furniture */
  INT_EQ(bp("https://example.org/news/2021/06/03/story"), SL_BP_OTHER, "URL-only line");
  INT_EQ(bp("Advertisement"), SL_BP_OTHER, "advertisement");
  INT_EQ(bp("Copyright 2019 Valley Courier. All rights reserved."), SL_BP_OTHER, "copyright");
  INT_EQ(bp("\u00a9 2020 Harbour Gazette"), SL_BP_OTHER, "copyright sign");
  INT_EQ(bp("* * *"), SL_BP_OTHER, "separator");
  INT_EQ(bp("jdoe@valleycourier.example"), SL_BP_OTHER, "e-mail address");
  INT_EQ(bp("Facebook Twitter Pinterest"), SL_BP_OTHER, "share buttons");
  INT_EQ(bp("(STORY MAY END HERE. EXTRA PARAGRAPHS FOLLOW)"), SL_BP_OTHER, "editorial note");

  /* content that mentions the same words */
  INT_EQ(bp("Getty Images said on Monday that it would appeal the ruling."), SL_BP_NONE,
         "agency in prose");
  INT_EQ(bp("The photo, distributed by Getty Images, was seen by millions."), SL_BP_NONE,
         "agency mid-sentence");
  INT_EQ(bp("\"By the time we arrived, the water was knee-deep,\" she said."), SL_BP_NONE,
         "quote starting By the time");
  INT_EQ(bp("By the time the ferry docked, the crowd had gone home."), SL_BP_NONE,
         "By the time");
  INT_EQ(bp("By Monday, the water had reached the second floor."), SL_BP_NONE, "By Monday,");
  INT_EQ(bp("Updated figures from the ministry show 40 deaths."), SL_BP_NONE, "Updated figures");
  INT_EQ(bp("Published in 1998, the report was ignored for a decade."), SL_BP_NONE,
         "Published in prose");
  INT_EQ(bp("Related costs rose by 12 per cent, the company said."), SL_BP_NONE, "Related costs");
  INT_EQ(bp("Read the full report on the council website, she urged."), SL_BP_NONE, "Read the");
  INT_EQ(bp("He posted a photo of the damage on Twitter."), SL_BP_NONE, "photo in prose");
  INT_EQ(bp("Residents Speak Out"), SL_BP_NONE, "title-case subhead");
  INT_EQ(bp("\u201cWho pays?\u201d Ms. Ortiz asked, turning to Mr. Bloomberg."), SL_BP_NONE,
         "agency name after a title is not a credit tail");
  INT_EQ(bp("The photo was taken by Matthew W. Reuters."), SL_BP_NONE,
         "initial before an agency-like surname");
  INT_EQ(bp("Mayor Signs Order via Emergency Powers"), SL_BP_NONE, "title-case via, no agency");
  INT_EQ(bp("Satellite Images"), SL_BP_NONE, "generic word Images");
  INT_EQ(bp("Best Photo"), SL_BP_NONE, "generic word Photo");
  INT_EQ(bp("Two players celebrate. (Reuters)"), SL_BP_CREDIT, "(Reuters)");
  INT_EQ(bp("The mayor at a rally. She spoke for an hour. (Jo Roe/Harbour Gazette Staff Photo)"),
         SL_BP_CREDIT, "long parenthesised credit");
  INT_EQ(bp("Voters line up early. (Valley Courier Photo)"), SL_BP_CREDIT, "(Outlet Photo)");
  INT_EQ(bp("Getty Images"), SL_BP_CREDIT, "bare Getty Images");
  INT_EQ(bp("Crowds at the gate. Pool via AFP"), SL_BP_CREDIT, "Pool via AFP");
  INT_EQ(bp("Council votes to study a second operator"), SL_BP_NONE, "subhead");
  INT_EQ(bp("He wrote to @cityrail and asked for a refund, he said."), SL_BP_NONE,
         "handle in prose");
  INT_EQ(bp("The image: a flooded street, a lone cyclist."), SL_BP_NONE, "The image:");
  INT_EQ(bp("Photographs of the scene were shared widely."), SL_BP_NONE, "Photographs of");
  INT_EQ(bp("Read more than 40 pages of the report and you will see why."), SL_BP_NONE,
         "Read more than");
  INT_EQ(bp("Nobody contributed to this report as much as the volunteers did."), SL_BP_NONE,
         "contributed mid-sentence");
  INT_EQ(bp("The @cityrail account posted an apology on Tuesday."), SL_BP_NONE,
         "The @handle in prose");
  INT_EQ(bp("Copyright lawyers said the case could take years."), SL_BP_NONE, "Copyright in prose");
}

/* Captions recognised by their shape when no credit marks them (bug: "FILE -
 * In this ... file photo, ..." opened a summary; "(Associated Press)" was not
 * a credit). */
static void test_captions(void) {
  INT_EQ(bp("FILE - In this May 9, 2021, file photo, the cellist Ida Brandt bows after a concert "
            "in Bergen, Norway."),
         SL_BP_CREDIT, "FILE - In this ... file photo");
  INT_EQ(bp("FILE — Fishing boats wait at the quay in Oban."), SL_BP_CREDIT, "FILE with a dash");
  INT_EQ(bp("FILE PHOTO: A container ship waits outside the harbour."), SL_BP_CREDIT, "FILE PHOTO:");
  INT_EQ(bp("In this photo taken on Monday, volunteers stack sandbags along the levee."),
         SL_BP_CREDIT, "In this photo taken");
  INT_EQ(bp("In this image released by the navy, a drone flies over the strait."), SL_BP_CREDIT,
         "In this image released by");
  INT_EQ(bp("This undated photo provided by the Lund family shows Maja Lund at her desk."),
         SL_BP_CREDIT, "This undated photo provided by");
  INT_EQ(bp("Volunteers stack sandbags along the levee near Dunmore, Monday, April 8, 2024."),
         SL_BP_CREDIT, "caption date at the end");
  INT_EQ(bp("A crane lifts a beam at the stadium site, Friday, Sept. 6, 2024, in Leeds."),
         SL_BP_CREDIT, "caption date, then the place");
  INT_EQ(bp("A crane lifts a beam at the stadium site, Friday, Sept. 6, 2024. Work on the roof "
            "begins next month..."),
         SL_BP_CREDIT, "caption date, then a cut-off teaser");
  INT_EQ(bp("The goalkeeper dives for the ball. The visitors won 2-0... (Associated Press)"),
         SL_BP_CREDIT, "(Associated Press)");
  INT_EQ(bp("The mayor takes a question, Tuesday, May 7, 2024. (AP Photo/Jo Vale) (Associated "
            "Press)"),
         SL_BP_CREDIT, "two credits in a row");
  INT_EQ(bp("Harbour workers stand by the crane. Jo Lane, Canadian Press"), SL_BP_CREDIT,
         "Name, Canadian Press");
  /* prose that shares some of the words */
  INT_EQ(bp("In this picture of the economy, growth stays slow, the minister said."), SL_BP_NONE,
         "figurative picture");
  INT_EQ(bp("In this still uncertain market, buyers wait for lower prices."), SL_BP_NONE,
         "In this still");
  INT_EQ(bp("This photo shows how high the water rose, the mayor said."), SL_BP_NONE,
         "This photo shows, no caption verb");
  INT_EQ(bp("The election will be held on Tuesday, Nov. 5, 2024."), SL_BP_NONE,
         "a date with on, no comma");
  INT_EQ(bp("The strike began at dawn, Tuesday, March 5, 2024, and by noon it had spread to every "
            "port in the country, union leaders said."),
         SL_BP_NONE, "a date inside a longer sentence");
  INT_EQ(bp("The Associated Press reported the figures on Monday."), SL_BP_NONE,
         "agency named in prose");
  INT_EQ(bp("Files from the archive were opened in 2019."), SL_BP_NONE, "Files");
}

/* Teasers and widgets kept as text by scrapers (bug: "Click here to see ...",
 * a video player's "JUST WATCHED ... Replay More Videos ..." and a newsletter
 * box became summary sentences and timeline entries). */
/* The second half of a quotation split at a sentence end closes a quotation
 * it never opened; whole quotations, apostrophes and inch marks do not. */
static void test_opens_inside_quote(void) {
#define OQ(str) sl_text_opens_inside_quote(str, strlen(str))
  CHECK(OQ("Our members have gone three years without a raise,\" the secretary said."), "fragment");
  CHECK(OQ("Not eighty,\u201d he told the audience."), "fragment");
  CHECK(OQ("I ran off to the right . ''"), "fragment");
  CHECK(OQ("Not eighty.\""), "fragment");
  CHECK(!OQ("\"We did not want to be here,\" he said."), "not a fragment");
  CHECK(!OQ("\u201cWe did not want to be here.\u201d"), "not a fragment");
  CHECK(!OQ("`` It was a casual walk , '' Coukoulis said ."), "not a fragment");
  CHECK(!OQ("\"We did not want to be here."), "not a fragment");
  CHECK(!OQ("The workers' union said the 12\" pipe burst."), "not a fragment");
  CHECK(!OQ("He called it \"unbearable\" and left."), "not a fragment");
#undef OQ
}

/* A dateline alone on its line, and reprint / rights / web-archive notices,
 * are furniture; prose with the same words is not. */
static void test_stubs_notices(void) {
  INT_EQ(bp("LISBON |"), SL_BP_OTHER, "dateline stub with bar");
  INT_EQ(bp("CAIRO \u2014"), SL_BP_OTHER, "dateline stub with dash");
  INT_EQ(bp("NEW YORK, Oct. 3 (Reuters) -"), SL_BP_OTHER, "dateline stub with date and agency");
  INT_EQ(bp("LISBON (Reuters) - The port reopened on Tuesday."), SL_BP_NONE,
         "dateline with its story");
  INT_EQ(bp("Lisbon is busy -"), SL_BP_NONE, "prose ending in a dash");
  INT_EQ(bp("A |"), SL_BP_NONE, "one capital is no place");
  INT_EQ(bp("Reprints: This copy is for your personal, non-commercial use only. To order "
            "presentation-ready copies for colleagues, use the reprints tool."),
         SL_BP_OTHER, "reprints notice");
  INT_EQ(bp("Starting in 1996, a web company has been donating its crawl data to the "
            "Internet Archive, where it is added to the Wayback Machine."),
         SL_BP_OTHER, "web-archive crawl notice");
  INT_EQ(bp("This material may not be published, broadcast, rewritten or redistributed."),
         SL_BP_OTHER, "wire rights line");
  INT_EQ(bp("The Valley Courier Ltd. All rights reserved."), SL_BP_OTHER, "rights reserved");
  INT_EQ(bp("An old copy of the page on the Wayback Machine shows the pledge was removed."),
         SL_BP_NONE, "prose about the web archive");
  INT_EQ(bp("The court ruled the photos were for personal use and not for sale."), SL_BP_NONE,
         "prose about personal use");
}

static void test_furniture(void) {
  INT_EQ(bp("Click here to see the twelve longest bridges in Europe."), SL_BP_OTHER,
         "click here teaser with a period");
  INT_EQ(bp("Tap to watch the launch from the pier"), SL_BP_OTHER, "tap to");
  INT_EQ(bp("Click on the map for more detail."), SL_BP_OTHER, "click on");
  INT_EQ(bp("JUST WATCHED Divers free a trapped seal Replay More Videos ..."), SL_BP_OTHER,
         "video player label");
  INT_EQ(bp("MUST WATCH Divers free a trapped seal 01:12"), SL_BP_OTHER, "MUST WATCH");
  INT_EQ(bp("Morning briefing in your inbox Subscribe Thanks for subscribing Please try again "
            "later Invalid Email"),
         SL_BP_OTHER, "newsletter box");
  INT_EQ(bp("Get the harbour news in your inbox every Friday."), SL_BP_OTHER,
         "short call to action");
  INT_EQ(bp("Sign up rates for the river cleanup rose by a third."), SL_BP_NONE,
         "Sign up in prose, no box word");
  INT_EQ(bp("Readers can subscribe to the newsletter by email, and the inbox fills fast, the "
            "editor said."),
         SL_BP_NONE, "subscription words in a sentence");
  INT_EQ(bp("The newsletter said most of the wreck had been found."), SL_BP_NONE,
         "newsletter as a source");
  INT_EQ(bp("Clicks on the site doubled after the storm."), SL_BP_NONE, "Clicks");
  INT_EQ(bp("Enter the lottery, and invalid tickets are void."), SL_BP_NONE,
         "imperative with a weak word only");
}

/* Renders the content paragraphs of t, then their sentences, '|' between
 * sentences and '#' between paragraphs. */
static const char *para_sents(const char *t) {
  static char out[4096];
  sl_paravec pv = {0};
  size_t o = 0;
  out[0] = '\0';
  if (sl_text_paragraphs(t, strlen(t), &pv) != SL_OK) return "(error)";
  for (size_t k = 0; k < pv.n; k++) {
    if (pv.a[k].boiler) continue;
    sl_spanvec sv = {0};
    if (sl_text_sentences(t, pv.a[k].span, &sv) != SL_OK) return "(error)";
    for (size_t i = 0; i < sv.n && o < sizeof out; i++)
      o += (size_t)snprintf(out + o, sizeof out - o, "%s%.*s", o == 0 ? "" : i ? "|" : "#",
                            (int)sv.a[i].len, t + sv.a[i].off);
    sl_vec_free(&sv);
  }
  sl_vec_free(&pv);
  return out;
}

/* Wire furniture by shape (tt36): the desk's closing credits, also glued to
 * a paragraph or in Penn Treebank brackets, agency sign-offs, editors'
 * notes in brackets or capitals, all-caps note labels at the edges of the
 * copy, the wire's copyright line; each with the prose or the label that
 * must stay. */
static void test_wire_furniture(void) {
  /* desk credits */
  INT_EQ(bp("(Writing by Mara Quell; Editing by Tobias Venn)"), SL_BP_BYLINE, "writing by");
  INT_EQ(bp("Additional reporting by Ines Vale in Porto, Rui Dantas and Lea Sorn in Faro, "
            "Olaf Brenn and Kim Aldo in Vigo, Petra Lund in Bilbao; Editing by Ota Brenn"),
         SL_BP_BYLINE, "a long list of names");
  INT_EQ(bp("-LRB- Reporting by Mara Quell ; Editing by Tobias Venn -RRB- Comments on this "
            "page are moderated ."),
         SL_BP_BYLINE, "treebank brackets, the page's comment box after them");
  INT_EQ(bp("Compiled by the Harbour Desk staff"), SL_BP_BYLINE, "a desk");
  STR_EQ(para_sents("The ferry resumed service on Tuesday after a two-day stoppage. "
                    "(Reporting by Mara Quell; Editing by Tobias Venn) ((mara.quell@example.org; "
                    "+1 555 0100))"),
         "The ferry resumed service on Tuesday after a two-day stoppage.",
         "credits glued to a paragraph, contact details after them");
  INT_EQ(bp("Reporting by the harbour gazette showed that the fees had doubled."), SL_BP_NONE,
         "reporting by in prose");
  INT_EQ(bp("The board thanked the crew. Editing by committee slowed the report."), SL_BP_NONE,
         "editing by in prose");
  /* agency sign-offs */
  INT_EQ(bp("-- Reuters"), SL_BP_CREDIT, "sign-off alone");
  STR_EQ(para_sents("Police held twelve fishermen overnight. \u2014 The Associated Press"),
         "Police held twelve fishermen overnight.", "sign-off after a brief");
  STR_EQ(para_sents("The talks were led by the Associated Press - Reuters"),
         "The talks were led by the Associated Press - Reuters", "no sentence end before it");
  /* editors' notes in brackets or capitals, service and copyright lines */
  INT_EQ(bp("(Optional add end)"), SL_BP_OTHER, "optional add end");
  INT_EQ(bp("(Begin optional trim)"), SL_BP_OTHER, "optional trim");
  INT_EQ(bp("(Updates with comment from the harbour master)"), SL_BP_OTHER, "update note");
  INT_EQ(bp("(The bridge opened in 1932.)"), SL_BP_NONE, "an aside in brackets is a sentence");
  INT_EQ(bp("HARBOUR-DESK SUBSCRIBERS ONLY"), SL_BP_OTHER, "a note in capitals");
  INT_EQ(bp("ENDIT"), SL_BP_OTHER, "end of copy");
  INT_EQ(bp("THE FERRY IS LATE AGAIN."), SL_BP_NONE, "a sentence in capitals");
  INT_EQ(bp("WHY IS THE FERRY LATE? ''"), SL_BP_NONE, "a question in capitals, closing quotes");
  INT_EQ(bp("Story Filed By Coastal Newspapers"), SL_BP_BYLINE, "service line");
  INT_EQ(bp("Ferry Fares Rise Again"), SL_BP_NONE, "a headline names no maker");
  INT_EQ(bp("c.2019 Harbour Times News Service"), SL_BP_OTHER, "wire copyright");
  INT_EQ(bp("(c) 2021 Coastal Wire"), SL_BP_OTHER, "copyright (c)");
  INT_EQ(bp("c. 1900 the town had a mill."), SL_BP_NONE, "circa in prose");
  /* all-caps note labels at the edges of the copy */
  STR_EQ(para_sents("EDITORS: This item moves ahead of the weekend package.\n"
                    "The harbour board voted on Monday to raise mooring fees by a tenth.\n"
                    "Skippers said the rise would hurt small crews most.\n"
                    "The new fees start in April.\n"
                    "A second vote is due in the autumn.\n"
                    "TECHNICAL QUERIES: Call the night desk.\n"
                    "QUESTIONS OR REPEATS: Call the day desk."),
         "The harbour board voted on Monday to raise mooring fees by a tenth.#"
         "Skippers said the rise would hurt small crews most.#The new fees start in April.#"
         "A second vote is due in the autumn.",
         "notes at the top and the bottom");
  STR_EQ(para_sents("The harbour board voted on Monday to raise mooring fees by a tenth.\n"
                    "Skippers said the rise would hurt small crews most.\n"
                    "UPDATE: After this story was published, the harbour board said the new fees "
                    "would be phased in over two years, starting with the smallest boats."),
         "The harbour board voted on Monday to raise mooring fees by a tenth.#"
         "Skippers said the rise would hurt small crews most.#"
         "UPDATE: After this story was published, the harbour board said the new fees would be "
         "phased in over two years, starting with the smallest boats.",
         "a long update at the bottom carries news");
  STR_EQ(para_sents("ANCHOR: Good evening.\nVELLA: The boats are late.\nANCHOR: Why?\n"
                    "The fuel ran short.\nVELLA: We waited all day.\nIt was cold."),
         "ANCHOR: Good evening.#VELLA: The boats are late.#ANCHOR: Why?#The fuel ran short.#"
         "VELLA: We waited all day.#It was cold.",
         "a transcript's speakers stay (labels inside the copy)");
  STR_EQ(para_sents("Mayor Dana Holt took questions on the harbour fees.\nHOLT: We will act.\n"
                    "The council meets again in May.\nThe vote is due in June."),
         "Mayor Dana Holt took questions on the harbour fees.#HOLT: We will act.#"
         "The council meets again in May.#The vote is due in June.",
         "a speaker the article names stays");
  STR_EQ(para_sents("PORT ELLEN: The harbour board voted on Monday to raise mooring fees by a "
                    "tenth, the first rise in nine years, after a stormy winter.\n"
                    "Skippers said the rise would hurt.\nThe new fees start in April."),
         "PORT ELLEN: The harbour board voted on Monday to raise mooring fees by a tenth, the "
         "first rise in nine years, after a stormy winter.#Skippers said the rise would hurt.#"
         "The new fees start in April.",
         "a dateline with its lead stays");
}

/* Q&A labels are left out of the sentences, whatever word follows them (bug:
 * "Q." split off before "What", glued to "Trucking firms say ..."). */
static void test_qa_labels(void) {
  STR_EQ(para_sents("Q. Where will the new depot be built?\n"
                    "A. The city picked a site beside the ring road.\n"
                    "Q. Residents fear more traffic. Is that fair?\n"
                    "A: Planners expect forty lorries a day.\n"
                    "Q.\n"
                    "When does work start?"),
         "Where will the new depot be built?#The city picked a site beside the ring road.#"
         "Residents fear more traffic.|Is that fair?#Planners expect forty lorries a day.#"
         "When does work start?",
         "labels dropped from the spans");
  STR_EQ(para_sents("A. Okoro chairs the board.\nB. Lind left in May."),
         "A. Okoro chairs the board.#B. Lind left in May.", "no Q label: A. is an initial");
  STR_EQ(para_sents("Q: what next?\nA. Okoro spoke."), "Q: what next?#A. Okoro spoke.",
         "lower case after the label: not a label");
}

/* A caption glued to a long content line is split off; a short caption
 * line stays whole. */
static void test_caption_split(void) {
  const char *t =
      "The council met for six hours on Tuesday and heard from more than forty residents, most of "
      "whom opposed the plan. The vote was delayed until next month. Protesters outside the hall "
      "on Tuesday. Image: Lina Park\n"
      "Protesters outside the hall. Valley Courier via Getty Images";
  sl_paravec v = {0};
  INT_EQ(sl_text_paragraphs(t, strlen(t), &v), SL_OK, "status");
  INT_EQ(v.n, 3, "content, caption, caption");
  if (v.n == 3) {
    INT_EQ(v.a[0].boiler, SL_BP_NONE, "content part");
    CHECK(v.a[0].span.len == strlen("The council met for six hours on Tuesday and heard from more "
                                     "than forty residents, most of whom opposed the plan. The "
                                     "vote was delayed until next month."),
          "content ends before the caption sentence: %.*s", (int)v.a[0].span.len,
          t + v.a[0].span.off);
    INT_EQ(v.a[1].boiler, SL_BP_CREDIT, "caption part");
    CHECK(memcmp(t + v.a[1].span.off, "Protesters outside", 18) == 0, "caption starts");
    INT_EQ(v.a[2].boiler, SL_BP_CREDIT, "short caption whole");
  }
  sl_vec_free(&v);
  /* a long paragraph (over 600 bytes) ending in a caption and a photo-sales
   * button: the caption sentence is split off, the rest stays content */
  char big[2048];
  size_t o = 0;
  for (int i = 0; i < 12; i++)
    o += (size_t)snprintf(big + o, sizeof big - o,
                          "The harbour board met again on day %d and argued about the fees. ", i + 1);
  o += (size_t)snprintf(big + o, sizeof big - o,
                        "Boats wait at the quay. Jo Roe/AP Buy Photo Wait 1 second to continue.");
  INT_EQ(sl_text_paragraphs(big, o, &v), SL_OK, "status");
  INT_EQ(v.n, 2, "long content, caption");
  if (v.n == 2) {
    INT_EQ(v.a[0].boiler, SL_BP_NONE, "long content part");
    INT_EQ(v.a[1].boiler, SL_BP_CREDIT, "caption with Buy Photo");
    CHECK(memcmp(big + v.a[1].span.off, "Boats wait", 10) == 0, "caption starts at its sentence");
  }
  sl_vec_free(&v);
  INT_EQ(bp("Buy Photo"), SL_BP_CREDIT, "the button alone");
}

/* A credit glued before the story's text on one line ("Photograph: Name/AP
 * The …", also in Penn-Treebank spacing "Photograph : …"): the credit is
 * split off, the text stays content.  Lines whose rest is a caption, too
 * short, or not a sentence start stay one credit. */
static const char *lead_split(const char *t, uint8_t *k0, uint8_t *k1, size_t *n) {
  static char out[512];
  sl_paravec v = {0};
  out[0] = '\0';
  *k0 = *k1 = 255;
  if (sl_text_paragraphs(t, strlen(t), &v) != SL_OK) return "(error)";
  *n = v.n;
  if (v.n >= 1) *k0 = v.a[0].boiler;
  if (v.n >= 2) *k1 = v.a[1].boiler;
  if (v.n >= 1)
    snprintf(out, sizeof out, "%.*s", (int)v.a[0].span.len, t + v.a[0].span.off);
  sl_vec_free(&v);
  return out;
}

static void test_credit_lead(void) {
  static const struct {
    const char *line, *credit; /* credit: the first paragraph when split, NULL: one credit */
  } cases[] = {
      {"Photograph: Mira Olsen/AP The ferry company cut its timetable again on Friday, the "
       "third cut this month.",
       "Photograph: Mira Olsen/AP"},
      {"Photograph : Mira Olsen/Getty Images Dock workers voted to strike after talks broke "
       "down on Sunday .",
       "Photograph : Mira Olsen/Getty Images"},
      {"Photograph : AP Three more stations closed yesterday as the flooding spread north .",
       "Photograph : AP"},
      {"Photo: Dana Wells The water came up faster than anyone had expected that night.",
       "Photo: Dana Wells"},
      {"Credit : Harbour Press/Ivo Brandt Farmers lined the road to watch the convoy pass "
       "through the town .",
       "Credit : Harbour Press/Ivo Brandt"},
      {"Photograph : Jo Roe/PA Images of the flooded square spread quickly online after the "
       "storm .",
       "Photograph : Jo Roe/PA"},
      {"Picture : Ana Ruiz I could n't stand upright so I dropped to my knees .",
       "Picture : Ana Ruiz"},
      {"Photograph : Associated Press Why did the pumps fail ?", "Photograph : Associated Press"},
      /* stay one credit */
      {"Photo: A fisherman mends his nets on the quay at dawn, March 3, 2024.", NULL},
      {"Photograph: Mira Olsen/AP", NULL},
      {"Photo: Dana Wells/AP Boats.", NULL},
      {"Photograph: Mira Olsen/AP via the harbour pool", NULL},
      {"Photo credit : Reuters/Sean Fry -LRB- oil on the water near the rig -RRB- Crews worked "
       "all night .",
       NULL},
      {"Image copyright Valley Photo Image caption Crowds gathered outside the court on the "
       "first day of the trial",
       NULL},
  };
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    uint8_t k0, k1;
    size_t n = 0;
    const char *first = lead_split(cases[i].line, &k0, &k1, &n);
    if (cases[i].credit) {
      INT_EQ(n, 2, "%s", cases[i].line);
      INT_EQ(k0, SL_BP_CREDIT, "%s", cases[i].line);
      INT_EQ(k1, SL_BP_NONE, "%s", cases[i].line);
      STR_EQ(first, cases[i].credit, "%s", cases[i].line);
    } else {
      INT_EQ(n, 1, "%s", cases[i].line);
      INT_EQ(k0, SL_BP_CREDIT, "%s", cases[i].line);
    }
  }
  /* the text after the credit starts where the lead does */
  const char *t = "Photograph: Mira Olsen/AP The ferry company cut its timetable again.";
  sl_paravec v = {0};
  INT_EQ(sl_text_paragraphs(t, strlen(t), &v), SL_OK, "status");
  if (v.n == 2) INT_EQ(v.a[1].span.off, strlen("Photograph: Mira Olsen/AP "), "text offset");
  sl_vec_free(&v);
  /* a line longer than 600 bytes loses its opening credit too */
  char big[2048];
  size_t o = (size_t)snprintf(big, sizeof big, "Photograph : Mira Olsen/AP");
  for (int i = 0; i < 12; i++)
    o += (size_t)snprintf(big + o, sizeof big - o,
                          " The harbour board met again on day %d and argued about the fees .", i + 1);
  INT_EQ(sl_text_paragraphs(big, o, &v), SL_OK, "status");
  INT_EQ(v.n, 2, "long line: credit, content");
  if (v.n == 2) {
    INT_EQ(v.a[0].boiler, SL_BP_CREDIT, "long line's credit");
    INT_EQ(v.a[1].boiler, SL_BP_NONE, "long line's content");
  }
  sl_vec_free(&v);
}

static void test_paragraphs(void) {
  const char *t =
      "  First line of content.  \n"
      "\n"
      "\t\n"
      "a cyclist on the flooded road\n"
      "A cyclist on Main Street. Lina Park/Valley Courier\n"
      "second lowercase line without a credit after it\n"
      "Last line.";
  sl_paravec v = {0};
  INT_EQ(sl_text_paragraphs(t, strlen(t), &v), SL_OK, "status");
  INT_EQ(v.n, 5, "blank lines dropped");
  if (v.n == 5) {
    INT_EQ(v.a[0].span.off, 2, "leading spaces trimmed");
    INT_EQ(v.a[0].span.len, strlen("First line of content."), "trailing spaces trimmed");
    INT_EQ(v.a[0].boiler, SL_BP_NONE, "content");
    INT_EQ(v.a[1].boiler, SL_BP_IMAGE, "alt text before a credit");
    INT_EQ(v.a[2].boiler, SL_BP_CREDIT, "credit");
    INT_EQ(v.a[3].boiler, SL_BP_NONE, "lowercase line not before a credit");
    INT_EQ(v.a[4].boiler, SL_BP_NONE, "last line");
  }
  sl_vec_free(&v);
  const char *t2 = "storm-damage.jpg\nroof torn off a barn near the river\nthe next line is content\n"
                   "A plain sentence.";
  INT_EQ(sl_text_paragraphs(t2, strlen(t2), &v), SL_OK, "status");
  INT_EQ(v.n, 4, "four lines");
  if (v.n == 4) {
    INT_EQ(v.a[0].boiler, SL_BP_IMAGE, "image name");
    INT_EQ(v.a[1].boiler, SL_BP_IMAGE, "alt text after an image name");
    INT_EQ(v.a[2].boiler, SL_BP_NONE, "two lines away: content");
    INT_EQ(v.a[3].boiler, SL_BP_NONE, "content");
  }
  sl_vec_free(&v);
  INT_EQ(sl_text_paragraphs("", 0, &v), SL_OK, "empty");
  INT_EQ(v.n, 0, "empty gives nothing");
  sl_vec_free(&v);
}

/* ---- sentences ----------------------------------------------------------- */

static void test_sentences(void) {
  STR_EQ(sents("It rained. The match was off."), "It rained.|The match was off.", "basic");
  STR_EQ(sents("Mr. Smith met Dr. Jones at St. Mary's. They talked."),
         "Mr. Smith met Dr. Jones at St. Mary's.|They talked.", "titles");
  STR_EQ(sents("Gen. Ortiz and Sen. Hall met Gov. Price and Rep. Lowe."),
         "Gen. Ortiz and Sen. Hall met Gov. Price and Rep. Lowe.", "ranks");
  STR_EQ(sents("J. K. Rowling spoke. George W. Bush did not."),
         "J. K. Rowling spoke.|George W. Bush did not.", "initials");
  STR_EQ(sents("Prices rose 3.5 percent to 1,000 units. Nobody expected it."),
         "Prices rose 3.5 percent to 1,000 units.|Nobody expected it.", "decimals");
  STR_EQ(sents("The U.S. Navy and the U.K. government agreed. The U.N. did not."),
         "The U.S. Navy and the U.K. government agreed.|The U.N. did not.", "U.S.");
  STR_EQ(sents("The talks were held in the U.S. The results came later."),
         "The talks were held in the U.S.|The results came later.", "U.S. at sentence end");
  STR_EQ(sents("The ferry left at 6:30 a.m. Friday and arrived at 8 p.m. It was late."),
         "The ferry left at 6:30 a.m. Friday and arrived at 8 p.m.|It was late.", "a.m./p.m.");
  STR_EQ(sents("It opened on Sept. 12 and closed on Dec. 3. Few came."),
         "It opened on Sept. 12 and closed on Dec. 3.|Few came.", "months");
  STR_EQ(sents("He wore No. 5 for Acme Inc. and later Widget Corp. in Ohio."),
         "He wore No. 5 for Acme Inc. and later Widget Corp. in Ohio.", "No. Inc. Corp.");
  STR_EQ(sents("She joined Acme Inc. The firm grew."), "She joined Acme Inc.|The firm grew.",
         "Inc. at sentence end");
  STR_EQ(sents("It was Smith vs. Jones, e.g. a classic, i.e. a draw."),
         "It was Smith vs. Jones, e.g. a classic, i.e. a draw.", "vs. e.g. i.e.");
  STR_EQ(sents("He waited… Then he left. She said... Nothing."),
         "He waited…|Then he left.|She said...|Nothing.", "ellipses");
  STR_EQ(sents("\u201cWe are done.\u201d Next came the vote."),
         "\u201cWe are done.\u201d|Next came the vote.", "closing quote belongs before");
  STR_EQ(sents("\u201cWe are not sure what comes next\u2026,\u201d he said."),
         "\u201cWe are not sure what comes next\u2026,\u201d he said.", "…,” he said");
  STR_EQ(sents("\"Yes?\" she asked. \"No!\" he shouted."),
         "\"Yes?\" she asked.|\"No!\" he shouted.", "?\" she asked");
  STR_EQ(sents("\"It is over. We lost,\" he said."), "\"It is over.|We lost,\" he said.",
         "quote spanning two sentences");
  STR_EQ(sents("Why? Because. \"Really?\" Yes."), "Why?|Because.|\"Really?\"|Yes.", "short");
  STR_EQ(sents("The vote was 52-48. 2019 was worse."), "The vote was 52-48.|2019 was worse.",
         "digit starts a sentence");
  STR_EQ(sents("See the post at t.co/abc. It spread."), "See the post at t.co/abc.|It spread.",
         "url");
  STR_EQ(sents("No end mark here"), "No end mark here", "no punctuation");
  STR_EQ(sents("  Spaces around.   Two spaces.  "), "Spaces around.|Two spaces.", "trimmed");
  STR_EQ(sents(""), "", "empty");
  STR_EQ(sents("It ended (finally.) Then what?"), "It ended (finally.)|Then what?", "paren");
  STR_EQ(sents("``We won. Tell them,'' he said. ``Now.''"),
         "``We won.|Tell them,'' he said.|``Now.''", "wire-copy quotes");
  STR_EQ(sents("It lies near Casper, Wyo. ``We farm here.''"),
         "It lies near Casper, Wyo.|``We farm here.''", "state abbreviation before ``");
  STR_EQ(sents("``But . . . when it rains, we wait. . . . Then we go.''"),
         "``But . . . when it rains, we wait. . . .|Then we go.''", "spaced ellipsis");
  STR_EQ(sents("It rose. $5 was the price. \u00bfQu\u00e9? (Nobody knew.) Done. - not this. , nor this."),
         "It rose.|$5 was the price.|\u00bfQu\u00e9?|(Nobody knew.)|Done. - not this. , nor this.",
         "what may start a sentence");
  STR_EQ(sents("RIVERTON, Wyo. (AP) -- The dam held. Crews cheered."),
         "RIVERTON, Wyo. (AP) -- The dam held.|Crews cheered.", "wire dateline");
  STR_EQ(sents("They moved to Boston, Mass. Later, they left. Prices fell in Sept. Few cared."),
         "They moved to Boston, Mass.|Later, they left.|Prices fell in Sept.|Few cared.",
         "state and month abbreviations at a sentence end");
  STR_EQ(sents("Sales fell. iPhone demand was weak. eBay gained. He said. and then"),
         "Sales fell.|iPhone demand was weak.|eBay gained.|He said. and then", "camel-case starts");
  STR_EQ(sents("Voters rejected Prop. 8 in May."), "Voters rejected Prop. 8 in May.", "Prop. 8");
  STR_EQ(sents("Top films: 1. ``Tarzan,'' $34 million. 2. ``Big Daddy,'' $18 million."),
         "Top films: 1. ``Tarzan,'' $34 million.|2. ``Big Daddy,'' $18 million.", "numbered list");
  STR_EQ(sents("We lost. '' The rest left."), "We lost. ''|The rest left.", "spaced close quote");
  /* ranks written before a name never end a sentence (bug: "found Army Spc." | "Lia Moss
   * guilty") */
  STR_EQ(sents("A jury cleared Army Spc. Lia Moss and Pfc. Omar Reed. Spec. Ivo Tan and Cpt. Bo Lind "
               "were fined. Navy Cmdr. Ed Hart and Cdr. Al Roy spoke."),
         "A jury cleared Army Spc. Lia Moss and Pfc. Omar Reed.|Spec. Ivo Tan and Cpt. Bo Lind "
         "were fined.|Navy Cmdr. Ed Hart and Cdr. Al Roy spoke.",
         "military ranks");
  STR_EQ(sents("Msgr. Paul Ode met Dist. Atty. Rosa Lim and Asst. Supt. Ken Yu. Lt. Col. Ada Finch "
               "and Sgt. Maj. Joe Pike left with Rev. Amy Cole, Prof. Li Wen and Det. Insp. Sam "
               "Gold. Rt. Hon. Jo Bell stayed at Ft. Hood."),
         "Msgr. Paul Ode met Dist. Atty. Rosa Lim and Asst. Supt. Ken Yu.|Lt. Col. Ada Finch "
         "and Sgt. Maj. Joe Pike left with Rev. Amy Cole, Prof. Li Wen and Det. Insp. Sam "
         "Gold.|Rt. Hon. Jo Bell stayed at Ft. Hood.",
         "offices and clergy");
}

/* ---- tokens -------------------------------------------------------------- */

static void test_tokens(void) {
  STR_EQ(toks("Don't stop, Legend's fans!"), "W^:Don't W:stop P:, W^:Legend's W:fans P:!",
         "apostrophes");
  STR_EQ(toks("Legend\u2019s self-reflective post"), "W^:Legend\u2019s W:self-reflective W:post",
         "curly apostrophe, hyphen");
  STR_EQ(toks("The U.S. and NASA."), "W^:The W^!:U.S. W:and W^!:NASA P:.", "U.S. and caps");
  {
    /* SL_TF_INNER: a lower-case first letter and a capital after it */
    static const char *const w[] = {"diMarco", "iPhone", "Marco", "marco", "McDowell", "NASA"};
    static const bool inner[] = {true, true, false, false, false, false};
    for (size_t i = 0; i < SL_COUNTOF(w); i++) {
      sl_tokvec v = {0};
      sl_span p = {0, (uint32_t)strlen(w[i])};
      CHECK(sl_text_tokens(w[i], p, &v) == SL_OK && v.n == 1, "one token: %s", w[i]);
      if (v.n == 1) INT_EQ(!!(v.a[0].flags & SL_TF_INNER), inner[i], "inner capital: %s", w[i]);
      sl_vec_free(&v);
    }
  }
  STR_EQ(toks("a U.S.-based firm, U.S.- and"), "W:a W^:U.S.-based W:firm P:, W^!:U.S. P:- W:and",
         "U.S.-based");
  STR_EQ(toks("3,197 4.5 1973-90 9/4/2022 6:30 20-year"),
         "N:3,197 N:4.5 N:1973-90 N:9/4/2022 N:6:30 N:20-year", "numbers");
  STR_EQ(toks("12, 5.3."), "N:12 P:, N:5.3 P:.", "number punctuation");
  STR_EQ(toks("\u201cYes,\u201d he said. \"No.\""),
         "Q<:\u201c W^:Yes P:, Q>:\u201d W:he W:said P:. Q<:\" W^:No P:. Q>:\"", "quotes");
  STR_EQ(toks("'Call Me' now"), "Q<:' W^:Call W^:Me Q>:' W:now", "single quotes");
  STR_EQ(toks("the players' union"), "W:the W:players' W:union", "possessive plural");
  STR_EQ(toks("See https://t.co/x9ixb and www.example.com/a, t.co/zz."),
         "W^:See U:https://t.co/x9ixb W:and U:www.example.com/a P:, U:t.co/zz P:.", "urls");
  STR_EQ(toks("Write to jdoe@valley-courier.example.org. Or see nytimes.com/a/b, Amazon.com and Mr.Smith."),
         "W^:Write W:to U:jdoe@valley-courier.example.org P:. W^:Or W:see U:nytimes.com/a/b P:, "
         "U:Amazon.com W:and W^:Mr P:. W^:Smith P:.",
         "e-mail and bare domains");
  STR_EQ(toks("the \u201990s and '80s"), "W:the N:\u201990s W:and N:'80s", "decades");
  STR_EQ(toks("@Gennefer_G #KestrelStrike @ #1"), "H:@Gennefer_G H:#KestrelStrike P:@ P:# N:1",
         "handles");
  STR_EQ(toks("Zürich Ångström ÉCOLE naïve"), "W^:Zürich W^:Ångström W^!:ÉCOLE W:naïve",
         "non-ASCII letters");
  STR_EQ(toks("Москва говорит"), "W^:Москва W:говорит", "Cyrillic");
  STR_EQ(toks("a \u2014 b ... c"), "W:a P:\u2014 W:b P:... W:c", "dash and ellipsis");
  STR_EQ(toks("$5 + 4%"), "S:$ N:5 S:+ N:4 P:%", "symbols");
  STR_EQ(toks("the 1990s and 5th"), "W:the N:1990s W:and N:5th", "number suffix");
  STR_EQ(toks("I A"), "W^:I W^:A", "single capitals are CAP, not UPPER");
  STR_EQ(toks("a\u00c2\xc2\x80\xc2\x99 b \u200e c\x01"), "W:a\u00c2 W:b W:c", "controls skipped");
  STR_EQ(toks("``Go,'' said the players''"), "Q<:`` W^:Go P:, Q>:'' W:said W:the W:players Q>:''",
         "wire-copy quotes");
  STR_EQ(toks("``He said, `No.''' Then"), "Q<:`` W^:He W:said P:, Q<:` W^:No P:. Q>:' Q>:'' W^:Then",
         "nested wire-copy quotes");
  STR_EQ(toks("\u201cWolfman\u2019\u2019 lets"), "Q<:\u201c W^:Wolfman Q>:\u2019\u2019 W:lets",
         "doubled curly single quotes close a double quotation");
}

/* ---- analyzer ------------------------------------------------------------ */

static void test_analyzer(void) {
  sl_analyzer *an = sl_analyzer_new(NULL);
  CHECK(an != NULL, "analyzer");
  if (!an) return;
  size_t n;
  const char *f = sl_analyzer_fold(an, "Legend\u2019s", strlen("Legend\u2019s"), &n);
  STR_EQ(f, "legend's", "curly apostrophe folds to straight");
  INT_EQ(n, 8, "length");
  f = sl_analyzer_fold(an, "Legend's", 8, &n);
  STR_EQ(f, "legend's", "straight apostrophe");
  f = sl_analyzer_fold(an, "\u201cQuote\u201d", strlen("\u201cQuote\u201d"), &n);
  STR_EQ(f, "\"quote\"", "curly double quotes");
  f = sl_analyzer_fold(an, "a\u2014b\u2013c", strlen("a\u2014b\u2013c"), &n);
  STR_EQ(f, "a-b-c", "dashes");
  f = sl_analyzer_fold(an, "STRASSE", 7, &n);
  STR_EQ(f, "strasse", "ascii lower");
  f = sl_analyzer_fold(an, "Stra\u00dfe", strlen("Stra\u00dfe"), &n);
  STR_EQ(f, "strasse", "case fold of sharp s");
  f = sl_analyzer_fold(an, "\uFB01nal", strlen("\uFB01nal"), &n);
  STR_EQ(f, "final", "NFKC ligature");
  f = sl_analyzer_fold(an, "Cafe\u0301", strlen("Cafe\u0301"), &n);
  STR_EQ(f, "caf\u00e9", "composed, accent kept");
  f = sl_analyzer_fold(an, "", 0, &n);
  INT_EQ(n, 0, "empty");

  const char *t = sl_analyzer_term(an, "running", 7, &n);
  CHECK(n == 3 && memcmp(t, "run", 3) == 0, "running -> run, got %.*s", (int)n, t);
  t = sl_analyzer_term(an, "Legend\u2019s", strlen("Legend\u2019s"), &n);
  CHECK(n == 6 && memcmp(t, "legend", 6) == 0, "possessive stemmed away, got %.*s", (int)n, t);
  t = sl_analyzer_term(an, "Strikes", 7, &n);
  CHECK(n == 6 && memcmp(t, "strike", 6) == 0, "strikes -> strike, got %.*s", (int)n, t);
  t = sl_analyzer_term(an, "1990s", 5, &n);
  CHECK(n == 5 && memcmp(t, "1990s", 5) == 0, "numbers not stemmed, got %.*s", (int)n, t);
  t = sl_analyzer_term(an, "@Running", 8, &n);
  CHECK(n == 8 && memcmp(t, "@running", 8) == 0, "handles not stemmed, got %.*s", (int)n, t);
  t = sl_analyzer_term(an, "https://t.co/Runs", 17, &n);
  CHECK(n == 17 && memcmp(t, "https://t.co/runs", 17) == 0, "urls folded only, got %.*s",
        (int)n, t);

  /* arbitrarily long tokens grow the buffers */
  size_t big = 100000;
  char *w = malloc(big * 2);
  for (size_t i = 0; i < big; i++) w[i] = 'A';
  f = sl_analyzer_fold(an, w, big, &n);
  CHECK(n == big && f[0] == 'a' && f[big - 1] == 'a', "long ascii token");
  for (size_t i = 0; i < big; i++) memcpy(w + 2 * i, "\xc3\x89", 2); /* É */
  f = sl_analyzer_fold(an, w, big * 2, &n);
  CHECK(n == big * 2 && memcmp(f, "\xc3\xa9", 2) == 0, "long unicode token");
  t = sl_analyzer_term(an, w, big * 2, &n);
  CHECK(n > 0, "long term");
  free(w);
  sl_analyzer_free(an);
  sl_analyzer_free(NULL);
}

/* The stem cache must never change a term: every word's term through one
 * long-lived analyzer (cache hits, evictions) equals its term from a fresh
 * analyzer (cold cache). */
static void test_term_cache(void) {
  static const char *const stems[] = {"run", "strike", "negotiat", "ferr", "island", "vot",
                                      "commut", "agree", "school", "deliver"};
  static const char *const suf[] = {"", "s", "ing", "ed", "er", "ers", "ation", "ations",
                                    "ies", "y", "ingly", "ment"};
  sl_analyzer *hot = sl_analyzer_new("english");
  char w[64], want[64];
  int bad = 0;
  for (int round = 0; round < 3; round++)
    for (size_t i = 0; i < SL_COUNTOF(stems); i++)
      for (size_t j = 0; j < SL_COUNTOF(suf); j++) {
        size_t k = round == 1 ? SL_COUNTOF(suf) - 1 - j : j; /* another order */
        int n = snprintf(w, sizeof w, "%s%s", stems[i], suf[k]);
        sl_analyzer *cold = sl_analyzer_new("english");
        size_t cl, hl;
        const char *c = sl_analyzer_term(cold, w, (size_t)n, &cl);
        memcpy(want, c, cl);
        const char *h = sl_analyzer_term(hot, w, (size_t)n, &hl);
        if (hl != cl || memcmp(h, want, cl) != 0) bad++;
        sl_analyzer_free(cold);
      }
  INT_EQ(bad, 0, "cached terms differ from cold ones");
  sl_analyzer_free(hot);
}

static void test_stopwords(void) {
  size_t n = sl_text_stopword_count();
  CHECK(n >= 150 && n <= 220, "list size %zu", n);
  for (size_t i = 1; i < n; i++)
    CHECK(strcmp(sl_text_stopword_at(i - 1), sl_text_stopword_at(i)) < 0, "order at %zu: %s",
          i, sl_text_stopword_at(i));
  for (size_t i = 0; i < n; i++) {
    const char *w = sl_text_stopword_at(i);
    CHECK(sl_text_is_stopword(w, strlen(w)), "finds %s", w);
  }
  CHECK(sl_text_is_stopword("the", 3), "the");
  CHECK(sl_text_is_stopword("don't", 5), "don't");
  CHECK(!sl_text_is_stopword("ferry", 5), "ferry");
  CHECK(!sl_text_is_stopword("said", 4), "said is content");
  CHECK(!sl_text_is_stopword("th", 2), "prefix");
  CHECK(!sl_text_is_stopword("thee", 4), "longer");
  CHECK(!sl_text_is_stopword("", 0), "empty");
}

/* ---- properties on random text --------------------------------------------- */

/* Pieces that exercise every rule; random concatenations of them must keep
 * the span invariants (in range, ordered, disjoint, on code point starts). */
static const char *const rnd_pieces[] = {
    "a", "Bc", ".", " ", "  ", "\n", "\n\n", "\u201c", "\u201d", "'", "\u2019", "\"", "\u2026",
    "Mr.", "U.S.", "3.5", "1,000", "\u00e9t\u00e9", "\u0416\u0438", "@x_1", "#tag", "http://a.b/c",
    "t.co/x", "Photo:", "By ", "\u2014", "``", "''", "(", ")", "\t", "\u00a0", "\xc2\x80", "?", "!",
    "a.m.", "J.", "No.", "Getty", "/", "via", "-", "x.jpg", "\u00ad", "`", "\u0301", "\U0001F600"};

static uint32_t rnd_state = 12345;
static uint32_t rnd(void) {
  rnd_state = rnd_state * 1103515245u + 12345u;
  return rnd_state >> 8;
}

static bool cp_start(const char *t, size_t i) { return ((unsigned char)t[i] & 0xC0) != 0x80; }

static void test_random(void) {
  char buf[4096];
  sl_analyzer *an = sl_analyzer_new(NULL);
  int bad = 0;
  for (int iter = 0; iter < 1500; iter++) {
    size_t n = 0, np = rnd() % 120;
    for (size_t k = 0; k < np; k++) {
      const char *p = rnd_pieces[rnd() % SL_COUNTOF(rnd_pieces)];
      size_t l = strlen(p);
      if (n + l >= sizeof buf) break;
      memcpy(buf + n, p, l);
      n += l;
    }
    buf[n] = '\0';
    sl_paravec pv = {0};
    sl_spanvec sv = {0};
    sl_tokvec tv = {0};
    if (sl_text_paragraphs(buf, n, &pv) != SL_OK) bad++;
    size_t pend = 0;
    for (size_t i = 0; i < pv.n; i++) {
      sl_span p = pv.a[i].span;
      if (p.len == 0 || p.off < pend || (size_t)p.off + p.len > n || !cp_start(buf, p.off)) bad++;
      pend = (size_t)p.off + p.len;
      sv.n = 0;
      if (sl_text_sentences(buf, p, &sv) != SL_OK) bad++;
      size_t send = p.off;
      for (size_t k = 0; k < sv.n; k++) {
        sl_span s = sv.a[k];
        if (s.len == 0 || s.off < send || s.off + s.len > p.off + p.len || !cp_start(buf, s.off))
          bad++;
        send = (size_t)s.off + s.len;
        tv.n = 0;
        if (sl_text_tokens(buf, s, &tv) != SL_OK) bad++;
        size_t tend = s.off;
        for (size_t m = 0; m < tv.n; m++) {
          sl_span q = tv.a[m].span;
          if (q.len == 0 || q.off < tend || q.off + q.len > s.off + s.len || !cp_start(buf, q.off) ||
              (q.off + q.len < n && !cp_start(buf, q.off + q.len)) || tv.a[m].kind < SL_TOK_WORD ||
              tv.a[m].kind > SL_TOK_SYM)
            bad++;
          tend = (size_t)q.off + q.len;
          size_t fl, tl;
          const char *f = sl_analyzer_fold(an, buf + q.off, q.len, &fl);
          if (!f || strlen(f) != fl) bad++;
          const char *t = sl_analyzer_term(an, buf + q.off, q.len, &tl);
          if (!t) bad++;
        }
      }
    }
    sl_vec_free(&pv);
    sl_vec_free(&sv);
    sl_vec_free(&tv);
  }
  INT_EQ(bad, 0, "span invariants on random text");
  sl_analyzer_free(an);
}

/* ---- pathological ---------------------------------------------------------- */

static double now_sec(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static void test_pathological(void) {
  size_t n = 1 << 20;
  char *t = malloc(n + 1);
  sl_spanvec sv = {0};
  sl_tokvec tv = {0};
  sl_paravec pv = {0};
  /* 1 MB of words without punctuation */
  for (size_t i = 0; i < n; i++) t[i] = (i % 6 == 5) ? ' ' : "story"[i % 6];
  t[n] = '\0';
  double t0 = now_sec();
  sl_text_paragraphs(t, n, &pv);
  INT_EQ(pv.n, 1, "one paragraph");
  sl_span all = {0, (uint32_t)n};
  sl_text_sentences(t, all, &sv);
  INT_EQ(sv.n, 1, "one sentence");
  sl_text_tokens(t, all, &tv);
  CHECK(tv.n > 170000, "tokens %zu", tv.n);
  double dt = now_sec() - t0;
  CHECK(dt < 5.0, "1 MB without punctuation took %.2f s", dt);
  /* 1 MB of "a. " */
  for (size_t i = 0; i < n; i++) t[i] = "a. "[i % 3];
  sv.n = tv.n = pv.n = 0;
  t0 = now_sec();
  sl_text_paragraphs(t, n, &pv);
  sl_text_sentences(t, all, &sv);
  sl_text_tokens(t, all, &tv);
  dt = now_sec() - t0;
  CHECK(sv.n == 1, "lowercase after the period: no boundary, got %zu", sv.n);
  CHECK(dt < 5.0, "1 MB of 'a. ' took %.2f s", dt);
  /* 1 MB of "A. " (initials) and one 1 MB word */
  for (size_t i = 0; i < n; i++) t[i] = "A. "[i % 3];
  sv.n = 0;
  t0 = now_sec();
  sl_text_sentences(t, all, &sv);
  for (size_t i = 0; i < n; i++) t[i] = (char)('a' + i % 26);
  sv.n = tv.n = 0;
  sl_text_sentences(t, all, &sv);
  sl_text_tokens(t, all, &tv);
  INT_EQ(tv.n, 1, "one huge word");
  dt = now_sec() - t0;
  CHECK(dt < 5.0, "initials and a huge word took %.2f s", dt);
  /* 1 MB of "abc." without spaces (domain-like) and of "x@" (e-mail-like) */
  for (size_t i = 0; i < n; i++) t[i] = "abc."[i % 4];
  tv.n = sv.n = 0;
  t0 = now_sec();
  sl_text_sentences(t, all, &sv);
  sl_text_tokens(t, all, &tv);
  for (size_t i = 0; i < n; i++) t[i] = "xy@"[i % 3];
  sl_text_tokens(t, all, &tv);
  dt = now_sec() - t0;
  CHECK(dt < 5.0, "1 MB of abc. and xy@ took %.2f s", dt);
  /* a boilerplate-looking 1 MB line */
  memcpy(t, "Photo: ", 7);
  for (size_t i = 7; i < n; i++) t[i] = (i % 2) ? '/' : 'A';
  pv.n = 0;
  t0 = now_sec();
  sl_text_paragraphs(t, n, &pv);
  dt = now_sec() - t0;
  CHECK(dt < 5.0, "1 MB credit-like line took %.2f s", dt);
  /* 1 MB of desk credits that never close, and of short caps labels */
  for (size_t i = 0; i < n; i++) t[i] = "x. (Editing by Al Roe "[i % 22];
  pv.n = 0;
  t0 = now_sec();
  sl_text_paragraphs(t, n, &pv);
  for (size_t i = 0; i < n; i++) t[i] = (i % 12 == 11) ? '\n' : "NOTE: Al Roe"[i % 12];
  sl_text_paragraphs(t, n, &pv);
  dt = now_sec() - t0;
  CHECK(dt < 5.0, "1 MB of open desk credits and note labels took %.2f s", dt);
  sl_vec_free(&sv);
  sl_vec_free(&tv);
  sl_vec_free(&pv);
  free(t);
}

int main(void) {
  test_boilerplate();
  test_captions();
  test_furniture();
  test_stubs_notices();
  test_wire_furniture();
  test_opens_inside_quote();
  test_qa_labels();
  test_paragraphs();
  test_caption_split();
  test_credit_lead();
  test_sentences();
  test_tokens();
  test_analyzer();
  test_term_cache();
  test_stopwords();
  test_random();
  test_pathological();
  return test_done("test_text");
}
