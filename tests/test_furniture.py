"""Page furniture in plain text: comments, related boxes, captions, banners go; the article stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from extractors.furniture import clean_article_text

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seed"


def _seed(prefix: str) -> str:
    return clean_article_text(next(SEEDS.glob(f"{prefix}_*.txt")).read_text(encoding="utf-8"))


def test_spam_comments_and_captions_are_removed_from_seed_000() -> None:
    text = _seed("000")
    assert "worksclick" not in text and "$12,000" not in text and "Please enter your comment" not in text
    assert "Getty Images" not in text and "Photo by" not in text
    assert not text.startswith("Home Asia")
    assert "nobody rejects the idea of such a meeting offhand" in text
    assert text.rstrip().endswith("simply lacks courage to admit it.”")


def test_related_articles_box_and_banners_are_removed_from_seed_001() -> None:
    text = _seed("001")
    assert "F-35" not in text and "De jure no one would recognize" not in text
    assert "Try Our AI Features" not in text and "DOWNLOAD THE APP" not in text and "logo" not in text.split("\n")
    assert "5 hours ago" not in text
    assert "recognize current territorial realities" in text


def test_widgets_link_boxes_and_bios_are_removed() -> None:
    assert "Oops" not in _seed("002") and "More from National Review" not in _seed("002")
    assert "Telegram" not in _seed("003") and "Leave a Reply" not in _seed("003")
    text = _seed("004")
    assert "Yuliia Taradiuk is a Ukrainian reporter" not in text and "Show More" not in text
    assert "is already unravelling" not in text, "the truncated related teaser belongs to the box"
    assert "only after a possible ceasefire." in text


@pytest.mark.parametrize(
    "furniture",
    [
        "Related Stories\nMarkets fall as oil slips\nTen recipes for autumn",
        "Comments\nGreat article!! visit http://spam.example for $$$",
        "Read more\nSomething else entirely",
        "You may also like\nA story about football",
    ],
)
def test_trailing_blocks_are_cut_after_the_body(furniture: str) -> None:
    body = "\n\n".join(f"Paragraph {i} of a long report on the talks, with enough words to matter." for i in range(12))
    cleaned = clean_article_text(body + "\n\n" + furniture)
    assert cleaned == body


@pytest.mark.parametrize(
    "header",
    ["Σχετικά άρθρα:", "Σχετικές ειδήσεις", "Articoli correlati", "Notizie correlate", "Articles liés",
     "Sur le même sujet :", "Artículos relacionados", "Noticias relacionadas", "Ähnliche Artikel",
     "Weitere Artikel", "Powiązane artykuły", "Benzer haberler",
     # Russian and Ukrainian related-materials headings (unseen14: «Захарова: Киев должен признать Крым» under one)
     "Материалы по теме:", "Матеріали за темою:", "Ещё по теме",
     # (h_prec24) in capitals, without the accents capitals drop (unseen24: a «ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ» headline read a
     # condition), or typed without them
     "ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ", "ΣΧΕΤΙΚΑ ΑΡΘΡΑ:", "A LIRE AUSSI", "ÄHNLICHE ARTIKEL"],
)
def test_a_related_articles_heading_in_the_seven_languages_cuts_its_headlines(header: str) -> None:
    """The headlines under it quote other stories ('Πεσκόφ: Συνάντηση Πούτιν-Ζελένσκι μόνο μετά από ...')."""
    body = "\n\n".join(f"Paragraph {i} of a long report on the talks, with enough words to matter." for i in range(12))
    box = "Peskov: a meeting only after an agreement\nErdogan: Istanbul remains available"
    assert clean_article_text(body + "\n\n" + header + "\n" + box) == body


def test_an_early_related_header_never_cuts_the_body() -> None:
    text = "Related\n\nThe Kremlin said on Monday that Putin is ready to meet Zelensky.\n\nMore text follows here."
    assert "ready to meet Zelensky" in clean_article_text(text)


_BODY = [f"Paragraph {i} of a long report on the talks, with enough words to matter." for i in range(12)]


def test_an_embedded_read_more_box_goes_but_the_article_after_it_stays() -> None:
    text = "\n\n".join(
        _BODY[:6] + ["Read more", "Markets fall as oil slips", "Kremlin reshuffle explained"] + _BODY[6:]
    )
    cleaned = clean_article_text(text)
    assert cleaned == "\n\n".join(_BODY), "only the box's header and headline links are furniture"


def test_a_trailing_related_box_takes_the_rest_even_when_its_teasers_are_prose() -> None:
    teaser = "Kiev's backers want F-35 jets deployed to Romania, The Times reported on Wednesday, citing officials."
    text = "\n\n".join(_BODY + ["Related Articles", "F-35 security guarantee", teaser, teaser])
    assert clean_article_text(text) == "\n\n".join(_BODY)


def test_source_credits_copyright_and_calls_to_action_go() -> None:
    text = "\n\n".join(
        _BODY + ["Click here to get our newsletter", "Copyright 2026 Example Media. All rights reserved.",
                 "The Epoch Times Tass"]
    )
    assert clean_article_text(text) == "\n\n".join(_BODY)
    assert "The Epoch Times Tass" not in _seed("003") and _seed("003").endswith("“abuse and genocide.”")


def test_a_short_body_sentence_at_the_end_is_kept() -> None:
    text = "\n\n".join(_BODY + ["Peskov said talks would resume in Istanbul on Monday."])
    assert clean_article_text(text).endswith("resume in Istanbul on Monday.")


def test_mid_article_slots_are_dropped_without_cutting_what_follows() -> None:
    slots = ["Advertisement", "Share on Facebook", "Article image", "Download the App", "Web Hosting"]
    text = "\n\n".join(_BODY[:7] + slots + _BODY[7:])
    assert clean_article_text(text) == "\n\n".join(_BODY)


def test_body_lines_that_look_like_furniture_words_are_kept() -> None:
    body = [
        "Home to 1.5 million people, Kharkiv was shelled again on Sunday, the regional governor said.",
        "The Kremlin called the visit a cheap photo op for Western leaders, without saying more.",
        "Zelensky said the talks could resume within days, he told Reuters in Kyiv.",
    ]
    text = "\n\n".join(_BODY[:8] + body + _BODY[8:])
    assert clean_article_text(text) == "\n\n".join(_BODY[:8] + body + _BODY[8:])


BODY = "\n\n".join(
    f"Paragraph {i} of the story says what the spokesman said about the talks, at some length and in full."
    for i in range(6)
)


@pytest.mark.parametrize(
    "box",
    [
        "Інші джерела\n▸ Пєсков: путін готовий прийняти Зеленського лише в Москві\n▸ Віткофф: лідери зустрінуться",
        "Похожие новости\n• Зеленский допустил встречу с Путиным\n• Фидан: Стамбул готов принять лидеров",
        # no header at all: bulleted headlines at the end are a box of links too
        "▸ Peskov: Moscow is the best place for a summit\n▸ Erdogan: Istanbul is waiting for the leaders",
    ],
)
def test_a_box_of_headline_links_at_the_end_goes(box: str) -> None:
    cleaned = clean_article_text(f"{BODY}\n\n{box}")
    assert cleaned.startswith("Paragraph 0")
    assert "Paragraph 5" in cleaned
    assert "Moscow" not in cleaned and "Москв" not in cleaned and "Стамбул" not in cleaned


def test_a_bulleted_list_in_the_body_stays() -> None:
    points = "The plan has three points:\n• a ceasefire along the current line\n• an exchange of all prisoners"
    text = f"{BODY}\n\n{points}\n\n{BODY}"
    cleaned = clean_article_text(text)
    assert "an exchange of all prisoners" in cleaned


@pytest.mark.parametrize("caption", [
    "[Photo: Rustem Umerov speaks to the media. Caption: Zelenskiy has said he is ready to meet Putin in any format.]",
    "(Caption: Peskov says a meeting is impossible until Ukraine holds elections. POOL/Atlas)",
    "[Фото: Пєсков під час брифінгу. Підпис: зустріч можлива лише в Москві]",
])
def test_a_bracketed_photo_caption_goes_and_the_body_around_it_stays(caption: str) -> None:
    text = "\n\n".join(_BODY[:3] + [caption] + _BODY[3:])
    assert clean_article_text(text) == "\n\n".join(_BODY)


# h_prec4: a caption set in brackets after its label ("[Photo caption: ...]") is no article text; (h_venue21) nor is
# the outlet's own comment on the news, a line opened by its label: it is no party's words
@pytest.mark.parametrize("line", ["[Photo caption: Viktor Orban has offered to host all three leaders in Budapest.]",
                                  "Photo caption: Erdogan offered Istanbul for a summit of the two leaders.",
                                  "(Image credit: Zelensky at a press conference in Kyiv.)",
                                  "🗣 Наш комментарий: Зеленский зовёт в Киев. Это не приглашение, а отказ.",
                                  "💬 Коментар редакції: обидві сторони пропонують місце, де інша не з'явиться.",
                                  "Our take: neither side wants the other to come.",
                                  # (h_attr27) the outlet's opinion so labelled
                                  "💬 Наше мнение: Кремль пригласил — Киев отказался. Дальше будет «эскалация "
                                  "приглашений», а не встреча.",
                                  "Наша думка: Кремль запросив — Київ відмовився.",
                                  "Our view: the Kremlin invites, Kyiv declines, and no meeting follows."])
def test_a_labelled_caption_or_comment_line_is_dropped(line: str) -> None:
    body = "\n\n".join(f"Paragraph {i} of a long report on the talks, with enough words to matter." for i in range(6))
    assert clean_article_text(body + "\n\n" + line + "\n\n" + body) == body + "\n\n" + body


def test_a_comment_word_inside_a_line_is_kept() -> None:
    line = "Peskov declined to give our comment: a meeting is possible."
    assert clean_article_text(line) == line


@pytest.mark.parametrize("line", ["Peskov said our view: a meeting is possible in Moscow.",
                                  "Песков заявил, что наше мнение: встреча возможна только в Москве."])
def test_an_opinion_word_inside_a_line_is_kept(line: str) -> None:
    """(h_attr27) Only a line opened by the outlet's label of its opinion is its comment."""
    assert clean_article_text(line) == line


@pytest.mark.parametrize("line", ["ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Ο Πούτιν προτείνει απευθείας συνομιλίες χωρίς προϋποθέσεις",
                                  "A LIRE AUSSI : Poutine propose des pourparlers directs sans conditions"])
def test_an_inline_link_in_capitals_goes(line: str) -> None:
    """(h_prec24) Capitals drop the accents the link's words are written with; the headline is another story's."""
    body = "\n\n".join(f"Paragraph {i} of a long report on the talks, with enough words to matter." for i in range(4))
    assert clean_article_text(body + "\n\n" + line + "\n\n" + body) == body + "\n\n" + body
