"""Conditions read from single sentences, through the public reader: (party, kind, value, op) per sentence.

The table below is the old per-rule test's own sentences (written for it, not taken from the seeds or the
rule examples), now run through `Reader().extract(ArticleText(...))` whatever rule reads them: the rules
were rewritten, the meaning of these sentences was not. Where the domain model changed (a mediator has no
stance; the US arranges a meeting but takes no stance on one), the case became an absence below.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractors.base import ArticleText, StatementExtractor
from extractors.reader import Reader
from tests.test_probes import CONTEXT as PROBE_CONTEXT

Assertion = tuple[str, str, str, str]  # (party, kind, value, op)
ARTICLE_DATE = date(2025, 9, 5)
# A line that makes an article "about a Putin-Zelensky meeting" (the topic gates), stating nothing itself.
CONTEXT = "Diplomats discussed a possible meeting between Putin and Zelensky."
READER = Reader()


def read(text: str) -> set[Assertion]:
    """Every (party, kind, value, op) the reader takes from an article of this text."""
    statements = READER.extract(ArticleText("t", text, published=ARTICLE_DATE))
    return {(c.party, c.kind, c.value, c.op) for st in statements for c in st.conditions}


def read_in_context(sentence: str) -> set[Assertion]:
    return read(f"{CONTEXT}\n\n{sentence}")


def test_the_context_line_states_nothing() -> None:
    assert read(CONTEXT) == set()


# ---------------------------------------------------------------- one sentence, one assertion

SENTENCES: list[tuple[str, Assertion]] = [
    (
        "Zelenskyy said he remained open to talks with Putin at the level of leaders.",
        ("UA", "stance", "willing", "assert"),
    ),
    ('"If Mr. Zelenskyy wants to meet, we are ready," Putin told journalists.', ("RU", "stance", "willing", "assert")),
    (
        "Zakharova said Moscow does not exclude a meeting between Putin and Zelensky at some point.",
        ("RU", "stance", "willing", "assert"),
    ),
    # a meeting sentence that names its place reads as a venue statement (stance rules: unless VENUE_PLACE)
    (
        "Peskov said a meeting between Putin and Zelensky could soon take place in Istanbul.",
        ("RU", "venue", "istanbul", "assert"),
    ),
    (
        "Ushakov said a meeting between Putin and Zelensky could be possible later this year.",
        ("RU", "stance", "willing", "assert"),
    ),
    ("Sybiha said Zelensky would meet Putin once the next round ends.", ("UA", "stance", "willing", "assert")),
    (
        "Zelensky has repeatedly called for a face-to-face meeting with Putin, his office said.",
        ("UA", "stance", "willing", "assert"),
    ),
    (
        "Zelensky again challenged Putin to meet him face to face, his spokesman said.",
        ("UA", "stance", "willing", "assert"),
    ),
    ("Putin has offered to meet Zelensky in person, Ushakov said.", ("RU", "stance", "willing", "assert")),
    (
        "Peskov said a Normandy summit with Putin and Zelensky makes no sense without progress in Minsk.",
        ("RU", "stance", "skeptical", "assert"),
    ),
    (
        "Ushakov said it was too early to talk about a meeting between Putin and Zelensky.",
        ("RU", "stance", "skeptical", "assert"),
    ),
    (
        "Peskov said a meeting between Putin and Zelensky would be pointless right now.",
        ("RU", "stance", "skeptical", "assert"),
    ),
    (
        "Lavrov said he doubted that a summit between Putin and Zelensky could happen soon.",
        ("RU", "stance", "skeptical", "assert"),
    ),
    (
        '"The chances of a meeting with Putin are becoming slim," Zelensky said.',
        ("UA", "stance", "skeptical", "assert"),
    ),
    ("Zelensky said he will not meet Putin under any circumstances.", ("UA", "stance", "refuses", "assert")),
    ("Peskov said Putin is not ready to meet Zelensky at the moment.", ("RU", "stance", "refuses", "assert")),
    ('"There will be no talks with Putin," Zelensky said.', ("UA", "stance", "refuses", "assert")),
    (  # ruled out until X: X comes first (a precondition), the meeting is not refused
        "Podolyak ruled out a meeting with the Russian leader until the shelling stops.",
        ("UA", "prerequisite", "ceasefire", "assert"),
    ),
    ("Zelensky said he could meet Putin in Istanbul if the talks progress.", ("UA", "venue", "istanbul", "assert")),
    (
        "Erdogan proposed Istanbul as a possible venue for a meeting between Putin and Zelensky.",
        ("MEDIATOR", "venue", "istanbul", "assert"),
    ),
    (
        "Peskov said Minsk would be an acceptable venue for a meeting of Putin and Zelensky.",
        ("RU", "venue", "minsk", "assert"),
    ),
    (
        "Orban said Hungary was ready to host a summit between Putin and Zelensky.",
        ("MEDIATOR", "venue", "hungary", "assert"),
    ),
    ("Putin said he had invited Zelensky to Moscow for a meeting.", ("RU", "venue", "moscow", "assert")),
    ("Sybiha said Zelensky would meet Putin, but not in Moscow.", ("UA", "venue", "not_moscow", "assert")),
    ("Zelensky said he would never travel to Moscow to meet Putin.", ("UA", "venue", "not_moscow", "assert")),
    ("Zelensky said he was ready to meet Putin anywhere in the world.", ("UA", "venue", "any", "assert")),
    ("Zelensky said he wanted a one-on-one meeting with Putin.", ("UA", "format", "one_on_one", "assert")),
    (
        "Zelensky insisted that any meeting with Putin should be trilateral, with Trump present.",
        ("UA", "format", "trilateral", "assert"),
    ),
    (
        "Macron said the Normandy summit with Putin and Zelensky would take place in Paris on December 9.",
        ("MEDIATOR", "format", "multilateral", "assert"),
    ),
    (
        "Macron said a summit in the Normandy format could bring Putin and Zelensky together.",
        ("MEDIATOR", "format", "multilateral", "assert"),
    ),
    ("Sybiha said Zelensky was ready to meet Putin in any format.", ("UA", "format", "any", "assert")),
    (
        "Peskov said a meeting of Putin and Zelensky could only take place after a peace treaty is finalized.",
        ("RU", "prerequisite", "documents_agreed", "assert"),
    ),
    (
        "Ushakov said a Putin-Zelensky meeting would only make sense once negotiators have worked out the issues.",
        ("RU", "prerequisite", "expert_groundwork", "assert"),
    ),
    (
        "Zelensky said a ceasefire must come first, before any meeting with Putin.",
        ("UA", "prerequisite", "ceasefire", "assert"),
    ),
    (
        "Yermak said security guarantees must be in place before a summit with Putin.",
        ("UA", "prerequisite", "security_guarantees", "assert"),
    ),
    (
        "Lavrov said Putin would not negotiate with Zelensky under ultimatums at any summit.",
        ("RU", "prerequisite", "no_ultimatums", "assert"),
    ),
    (
        "Zelensky said he was ready to meet Putin without any preconditions.",
        ("UA", "prerequisite", "no_ultimatums", "assert"),
    ),
    (
        "Putin said Zelensky is not a legitimate president who can sign a peace deal after a summit.",
        ("RU", "prerequisite", "legitimate_signatory", "assert"),
    ),
    (
        "Before any summit with Zelensky, the Kremlin demanded that Kyiv recognize Crimea as Russian territory.",
        ("RU", "demand", "recognize_territory", "assert"),
    ),
    (
        "Before a Putin-Zelensky summit, the Kremlin insisted that Ukrainian troops withdraw from Donetsk.",
        ("RU", "demand", "ukraine_withdraws", "assert"),
    ),
    (
        "Zelensky said Russia must withdraw its troops to the February 24 lines before any meeting with Putin.",
        ("UA", "demand", "russia_withdraws", "assert"),
    ),
    (
        "Zelensky said any meeting with Putin must lead to Russian troops leaving Ukraine.",
        ("UA", "demand", "russia_withdraws", "assert"),
    ),
    (
        "Zelensky said Ukraine would never cede territory to Russia, even for a meeting with Putin.",
        ("UA", "demand", "no_territorial_concessions", "assert"),
    ),
    (
        "Lavrov said that before any summit with Zelensky, Ukraine must renounce NATO membership and stay neutral.",
        ("RU", "demand", "neutrality", "assert"),
    ),
    (
        "Putin said a meeting is possible but Western troops in Ukraine would be unacceptable.",
        ("RU", "demand", "no_foreign_troops", "assert"),
    ),
    (
        "Zelensky said any territorial deal agreed at a summit with Putin would have to be put to a referendum.",
        ("UA", "demand", "referendum", "assert"),
    ),
    (
        "Lavrov said no summit between Putin and Zelensky is on the agenda for now.",
        ("RU", "stance", "skeptical", "assert"),
    ),
    (
        "Ushakov said Putin would see Zelensky only to sign a final peace treaty, once talks end.",
        ("RU", "prerequisite", "documents_agreed", "assert"),
    ),
    ("Zelensky said that if Putin wants to meet, he is welcome to come to Kyiv.", ("UA", "venue", "kyiv", "assert")),
    (
        "Sybiha said a summit of Zelensky and Putin remains necessary to stop the killing.",
        ("UA", "stance", "willing", "assert"),
    ),
    # a place's candidacy refused is the place refused, whether said once or twice ("..., calling it unacceptable")
    (
        "Zakharova rejected the proposal for a Zelensky-Putin meeting in Vienna.",
        ("RU", "venue", "not_vienna", "assert"),
    ),
    ("Zakharova rejected the proposal for a Zelensky-Putin meeting.", ("RU", "stance", "refuses", "assert")),
    (
        "Sybiha rejected Minsk as a venue for the presidents' meeting, calling the idea unacceptable.",
        ("UA", "venue", "not_minsk", "assert"),
    ),
    ("Kyiv rejects the idea of holding the Zelensky-Putin summit in Minsk.", ("UA", "venue", "not_minsk", "assert")),
    ("Лавров отверг идею проведения встречи Путина и Зеленского в Ватикане.", ("RU", "venue", "not_vatican", "assert")),
    # a mediator backing a named place backs that place, not its own capital
    (
        "Президент Франции Эммануэль Макрон высказался за Женеву как место встречи Путина и Зеленского.",
        ("MEDIATOR", "venue", "geneva", "assert"),
    ),
    ("«Ми цієї зустрічі з путіним не боїмося», — сказав Єрмак.", ("UA", "stance", "willing", "assert")),
    # a place named by what it is: "the Saudi capital", "on Russian soil", "в українській столиці"
    (
        "Zelensky said the Saudi capital could host his meeting with Putin.",
        ("UA", "venue", "riyadh", "assert"),
    ),
    (
        "Sybiha said a meeting of Zelensky and Putin could not take place on Russian soil.",
        ("UA", "venue", "not_russia", "assert"),
    ),
    (
        "Песков заявил, что встреча Путина и Зеленского может пройти в российской столице.",
        ("RU", "venue", "moscow", "assert"),
    ),
    ("Зеленський заявив, що готовий зустрітися з путіним в українській столиці.", ("UA", "venue", "kyiv", "assert")),
    ("Київ відкидає ідею проведення саміту Зеленського і путіна в Мінську.", ("UA", "venue", "not_minsk", "assert")),
    ("Сибіга відкинув Мінськ як місце зустрічі Зеленського і путіна.", ("UA", "venue", "not_minsk", "assert")),
    (
        "Zelensky said negotiations with Putin are impossible after what happened in Bucha.",
        ("UA", "stance", "refuses", "assert"),
    ),
    (
        "Zelensky said on Wednesday that Kyiv no longer insists on a ceasefire before a meeting with Putin.",
        ("UA", "prerequisite", "ceasefire", "withdraw"),
    ),
    (
        "Ushakov said the Kremlin had dropped its demand for Ukraine's neutrality before a summit with Zelensky.",
        ("RU", "demand", "neutrality", "withdraw"),
    ),
]


@pytest.mark.parametrize(
    ("sentence", "expected"), SENTENCES, ids=[f"{e[1]}={e[2]}-{i}" for i, (_, e) in enumerate(SENTENCES)]
)
def test_sentence(sentence: str, expected: Assertion) -> None:
    assert expected in read(sentence)


# ---------------------------------------------------------------- paraphrases, negation, other speakers


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # negation and modality
        ("Zelensky said he would meet Putin anywhere but not in Moscow.", ("UA", "venue", "not_moscow")),
        ("Peskov said the Kremlin does not rule out a meeting with Zelensky.", ("RU", "stance", "willing")),
        ("Zelensky said he is not ready to meet Putin while the attacks continue.", ("UA", "stance", "refuses")),
        ("Putin said there was no point in a summit with Zelensky now.", ("RU", "stance", "skeptical")),
        (
            "Sybiha said a meeting of the leaders could take place only after a ceasefire.",
            ("UA", "prerequisite", "ceasefire"),
        ),
        (
            "Zelensky said Ukraine would never recognize Crimea as Russian, whatever a summit decides.",
            ("UA", "demand", "no_territorial_concessions"),
        ),
        # other speakers and venues than the seeds'
        (
            "Erdogan said Turkey was ready to host a meeting between Putin and Zelensky in Istanbul.",
            ("MEDIATOR", "venue", "istanbul"),
        ),
        (
            "Orban offered Budapest as a possible venue, saying the leaders could meet in Budapest.",
            ("MEDIATOR", "venue", "budapest"),
        ),
        (
            "Witkoff said the White House wanted a trilateral summit with Putin and Zelensky.",
            ("US", "format", "trilateral"),
        ),
        ("Zelensky said he was ready to meet Putin in any format.", ("UA", "format", "any")),
        ("Yermak said the meeting should be one-on-one.", ("UA", "format", "one_on_one")),
        ("Zelensky called on Putin to meet him in person.", ("UA", "stance", "willing")),
        ("Putin questioned Zelensky's legitimacy.", ("RU", "prerequisite", "legitimate_signatory")),
        ("\"I will talk to Russia, but not to Putin,\" Zelensky said.", ("UA", "stance", "refuses")),
        # ", and nobody in Kyiv has ...": a coordinated clause; its place is not the refusal's
        ("Zelensky signed a decree declaring talks with Putin impossible, and nobody in Kyiv has tried to walk it "
         "back since.", ("UA", "stance", "refuses")),
        # the other leader named by a pointing phrase
        ("\"There will be no talks with this president,\" Zelensky said.", ("UA", "stance", "refuses")),
        ("«С этим человеком мне разговаривать не о чем», — заявил Путин, отвечая на вопрос о Зеленском на "
         "пресс-конференции.", ("RU", "stance", "refuses")),
        ("«З цією людиною мені розмовляти нема про що», — заявив путін, відповідаючи на запитання про Зеленського.",
         ("RU", "stance", "refuses")),
        ("Zelensky told a news conference in Kyiv he would meet Putin in Istanbul.", ("UA", "venue", "istanbul")),
        ("Erdogan offered to host both leaders.", ("MEDIATOR", "venue", "turkey")),
        # a welcome at a place: the speaker's offer, the guest no speaker
        ("Putin said Zelensky would be welcome in Moscow.", ("RU", "venue", "moscow")),
        ("Fidan said Putin and Zelensky would be welcome in Istanbul.", ("MEDIATOR", "venue", "istanbul")),
        # not planned, not prepared: no refusal
        ("Peskov said there were no concrete plans for a meeting.", ("RU", "stance", "skeptical")),
        ("Peskov said a meeting was not currently being prepared.", ("RU", "stance", "skeptical")),
        # everything agreed first: the settlement text
        ("Lavrov said Putin was ready to meet Zelensky, but only when everything was agreed.",
         ("RU", "prerequisite", "documents_agreed")),
        ("Пєсков заявив, що зустріч президентів можлива лише тоді, коли всі питання будуть узгоджені.",
         ("RU", "prerequisite", "documents_agreed")),
        # the arranger left out of the first meeting
        ("Trump said he would not be at the first meeting: \"I think it's better if they meet without me first.\"",
         ("US", "format", "one_on_one")),
        # "не исключил" is also a verb of saying: its "не" still negates the exclusion
        ("В Кремле не исключили встречи Путина и Зеленского в ближайшее время, сообщил Песков журналистам.",
         ("RU", "stance", "willing")),
        ("Песков не исключил, что встреча Путина и Зеленского может пройти в Стамбуле уже в этом месяце.",
         ("RU", "stance", "willing")),
        # leaving a place: the place is no one withdrawing
        ("Zelensky said Russian troops must leave Ukraine.", ("UA", "demand", "russia_withdraws")),
        ("Зеленский заявил журналистам, что российские войска должны покинуть Украину, прежде чем начнутся "
         "переговоры о мире.", ("UA", "demand", "russia_withdraws")),
        # "could be held in": a participle still to come names the venue
        ("Peskov said the meeting could be held in Istanbul.", ("RU", "venue", "istanbul")),
        ("Zelensky said the summit should be held in Geneva.", ("UA", "venue", "geneva")),
        # a trip to a capital excluded: the capital after "to" is where, not who acts
        ("В Офисе президента Украины заявили журналистам, что поездка Зеленского в Москву исключена.",
         ("UA", "venue", "not_moscow")),
        ("В Офісі президента заявили журналістам, що поїздка Зеленського до Москви виключена.",
         ("UA", "venue", "not_moscow")),
        # a dash between a place and what it is stands for "is" in Russian and Ukrainian
        ("Песков заявил журналистам, что Москва — лучшее место для встречи Путина и Зеленского.",
         ("RU", "venue", "moscow")),
        ("Будапешт — не місце для зустрічі Зеленського з путіним, заявив Андрій Сибіга, нагадавши про позицію Орбана.",
         ("UA", "venue", "not_budapest")),
        # an intention denied, before or after the trip ("не збирається їхати", "ехать ... не собирается")
        ("Зеленский заявил журналистам, что ехать в Москву на переговоры с Путиным он не собирается.",
         ("UA", "venue", "not_moscow")),
        ("Зеленський заявив журналістам, що не збирається їхати до Москви на переговори з путіним.",
         ("UA", "venue", "not_moscow")),
        # no grounds, no subject, not topical, not on the agenda: skeptical
        ("Песков отметил журналистам, что пока нет никаких оснований говорить о встрече Путина и Зеленского.",
         ("RU", "stance", "skeptical")),
        ("Ушаков заявил журналистам, что предмета для встречи Путина и Зеленского пока нет.",
         ("RU", "stance", "skeptical")),
        ("Песков заявил журналистам, что тема встречи Путина и Зеленского сейчас не актуальна.",
         ("RU", "stance", "skeptical")),
        # "before the meeting" in Russian and Ukrainian
        ("Зеленський заявив, що перед зустріччю з путіним Україна має отримати гарантії безпеки від партнерів.",
         ("UA", "prerequisite", "security_guarantees")),
        # the meeting, then a negated future; "while the shelling goes on" makes it "not before a ceasefire"
        ("Зеленский заявил журналистам, что переговоров с Путиным не будет, пока идут обстрелы.",
         ("UA", "prerequisite", "ceasefire")),
        ("Зеленський заявив журналістам, що з цією людиною переговорів не буде.", ("UA", "stance", "refuses")),
        # the meeting at the final stage crowns the agreed text; an impersonal demand of the Kremlin
        ("Peskov said a meeting could only happen at the final stage of the negotiations.",
         ("RU", "prerequisite", "documents_agreed")),
        ("Пєсков заявив, що зустріч путіна і Зеленського можлива лише на завершальному етапі переговорів.",
         ("RU", "prerequisite", "documents_agreed")),
        ("В Кремле требуют от Киева признать Крым российским и вывести войска из Донбасса.",
         ("RU", "demand", "recognize_territory")),
        # the place of the other side's offer, refused, is the refuser's rejected venue
        ("Zelensky turned down Putin's offer to meet in Moscow.", ("UA", "venue", "not_moscow")),
        # a meeting said to be needed is wanted; what nothing ends without is wanted; anyone but him refuses him
        ("Zelensky said the two presidents need to meet.", ("UA", "stance", "willing")),
        ("Зеленский заявил журналистам в Киеве, что им с Путиным нужно встретиться лично.",
         ("UA", "stance", "willing")),
        ("Зеленський заявив журналістам у Києві, що настав час для зустрічі лідерів.", ("UA", "stance", "willing")),
        ("Зеленский заявил журналистам, что без встречи лидеров эту войну не закончить.", ("UA", "stance", "willing")),
        ("Zelensky said he would talk to any Russian leader but Putin.", ("UA", "stance", "refuses")),
        # "no longer a legitimate president" denies legitimacy, it withdraws nothing; a signature of no weight
        ("Peskov said any agreement signed by Zelensky could be contested because he is no longer a legitimate "
         "president.", ("RU", "prerequisite", "legitimate_signatory")),
        ("Lavrov said that Zelensky's signature would carry no legal weight.", ("RU", "prerequisite",
                                                                                "legitimate_signatory")),
        # the meeting as the next step, pressed for, demanded
        ("Zelensky said the next step should be a meeting of the presidents.", ("UA", "stance", "willing")),
        ("Zelensky pressed for a summit with Putin.", ("UA", "stance", "willing")),
        ("Zelensky demanded a meeting with Putin.", ("UA", "stance", "willing")),
        # "must not join NATO", Western troops "inadmissible"
        ("Путин заявил журналистам, что на переговорах Украина не должна вступать в НАТО.", ("RU", "demand",
                                                                                              "neutrality")),
        ("Захарова заявила, что размещение западных войск на Украине после переговоров недопустимо.",
         ("RU", "demand", "no_foreign_troops")),
        # the other side's demand, dismissed by the speaker, is still that side's
        ("Peskov dismissed Kyiv's demand for a full withdrawal of Russian troops as unrealistic.",
         ("UA", "demand", "russia_withdraws")),
        # talking to anyone is a meeting not refused
        ("Putin said that if Zelensky takes part in an election, we will talk to anyone, including him.",
         ("RU", "stance", "willing")),
        # a door not closed, an idea not given up, a door that remained open
        ("Peskov said the Kremlin had not closed the door to a meeting of Putin and Zelensky.",
         ("RU", "stance", "willing")),
        ("Peskov said Putin had not given up on the idea of a meeting with Zelensky.", ("RU", "stance", "willing")),
        ("Putin said the door to a meeting with Zelensky remained open.", ("RU", "stance", "willing")),
        # a refusal that holds the meeting word rejects the place it names
        ("Zelensky said he would not meet Putin in Moscow.", ("UA", "venue", "not_moscow")),
        ("Зеленский заявил журналистам, что никогда не встретится с Путиным в Москве, столице агрессора.",
         ("UA", "venue", "not_moscow")),
        # the trip refused last rejects the place before it
        ("Зеленский заявил журналистам, что в Москву на встречу с Путиным он не поедет.",
         ("UA", "venue", "not_moscow")),
        ("Зеленський заявив журналістам, що до Москви на зустріч з путіним він не поїде.",
         ("UA", "venue", "not_moscow")),
        # troops of NATO countries are foreign troops
        ("Пєсков заявив, що на переговорах Росія не погодиться на розміщення військ країн НАТО в Україні.",
         ("RU", "demand", "no_foreign_troops")),
        # no desire to meet, won't sit down, would only meet
        ("Zelensky said he had no desire to meet Putin.", ("UA", "stance", "refuses")),
        ("Zelensky has said he won't sit down with Putin.", ("UA", "stance", "refuses")),
        ("Zelensky said he would only meet Putin to discuss the end of the war.", ("UA", "stance", "willing")),
        # the other side's venue, its subject named, is read for it
        ("Ushakov said the Ukrainian side had asked for the meeting to take place in Turkey.",
         ("UA", "venue", "turkey")),
        # irony: inviting him to Moscow is the surest way the meeting never happens
        ("«Запрошувати мене до Москви — це найкращий спосіб зробити так, щоб зустрічі ніколи не було», — іронізував "
         "Зеленський.", ("UA", "venue", "not_moscow")),
        # the three leaders listed together
        ("Erdogan said he was ready to host a meeting of Putin, Zelensky and Trump.",
         ("MEDIATOR", "format", "trilateral")),
        # someone's offer, accepted, is the accepter's position too
        ("Zelensky accepted Trump's proposal for a trilateral meeting with Putin.", ("UA", "format", "trilateral")),
        ("Зеленский принял предложение Эрдогана о встрече с Путиным в Стамбуле.", ("UA", "venue", "istanbul")),
        # the other leader as the only one to talk to; a hortative addressed to him
        ("Zelensky said he would negotiate with nobody but Putin himself.", ("UA", "stance", "willing")),
        ("Зеленский заявил, что на переговорах о мире будет говорить только с Путиным лично.",
         ("UA", "stance", "willing")),
        ("«Давайте зустрінемося», — звернувся Зеленський до путіна у відеозверненні.", ("UA", "stance", "willing")),
        ("Zelensky said he wants to bring Putin to the negotiating table.", ("UA", "stance", "willing")),
        # no talks under ultimatums is a precondition; silenced guns are a ceasefire; "дали понять" reports
        ("Подоляк заявил, что Украина не будет вести диалог на уровне лидеров под давлением ультиматумов.",
         ("UA", "prerequisite", "no_ultimatums")),
        ("Україна не вестиме переговорів на рівні лідерів мовою ультиматумів, заявив Єрмак.",
         ("UA", "prerequisite", "no_ultimatums")),
        ("Лавров заявив журналістам, що перш ніж говорити про саміт президентів, мають попрацювати міністри та "
         "експерти обох країн.", ("RU", "prerequisite", "expert_groundwork")),
        ("Zelensky said the guns must fall silent before he sits down with Putin.",
         ("UA", "prerequisite", "ceasefire")),
        ("В Офисе президента дали понять, что встреча Зеленского с Путиным возможна не раньше, чем будет объявлено "
         "полное прекращение огня.", ("UA", "prerequisite", "ceasefire")),
        ("Зеленський заявив журналістам, що в Кремлі немає з ким розмовляти про переговори.",
         ("UA", "stance", "refuses")),
        ("Зеленский заявил журналистам, что в Кремле сегодня не с кем вести переговоры.", ("UA", "stance", "refuses")),
        ("Ukraine rejected the Kremlin's invitation to Moscow.", ("UA", "venue", "not_moscow")),
        ("Зеленський відхилив запрошення путіна приїхати до Москви на переговори про завершення війни.",
         ("UA", "venue", "not_moscow")),
    ],
)
def test_paraphrases_negations_and_other_speakers(sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Yermak said Kyiv would insist on the withdrawal of Russian forces in any talks with Putin.",
    "Зеленський заявив, що не віддасть жодного сантиметра землі, хоч би що пропонували на переговорах із Путіним.",
])
def test_what_is_asked_for_at_the_talks_is_not_the_talks(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "stance"}


def test_a_sentence_about_the_leaders_meeting_is_on_topic_without_the_article_naming_them() -> None:
    # the article names neither leader; the sentence's "meeting of leaders" puts it on the story's topic
    found = read("Глава МЗС України поспілкувався з журналістами.\n\n"
                 "Україна готова до будь-якого формату зустрічі лідерів, наголосив Сибіга.")
    assert ("UA", "format", "any", "assert") in found


@pytest.mark.parametrize(("sentence", "party"), [
    ("Peskov said Putin was not opposed to a meeting with Zelensky.", "RU"),
    ("Пресс-секретарь Кремля Дмитрий Песков заявил журналистам, что Владимир Путин не возражает против встречи с "
     "Владимиром Зеленским, если она будет хорошо подготовлена.", "RU"),
    ("Речник Кремля Дмитро Пєсков заявив журналістам, що путін не заперечує проти зустрічі з Володимиром "
     "Зеленським, якщо вона буде добре підготовлена.", "RU"),
])
def test_not_objecting_to_a_meeting_is_willingness(sentence: str, party: str) -> None:
    found = read_in_context(sentence)
    assert (party, "stance", "willing", "assert") in found
    assert (party, "stance", "refuses", "assert") not in found


def test_the_capital_a_venue_suits_is_not_a_venue() -> None:
    found = read_in_context("Istanbul would suit Moscow as a venue for a meeting of the two presidents, Peskov said.")
    assert ("RU", "venue", "istanbul", "assert") in found
    assert not {a for a in found if a[2] == "moscow"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the places of a list read alike, each under its own polarity; the one proposed and the one rejected both stand
    ("Zelensky said he was ready to meet Putin in Switzerland, but not in Moscow.",
     {("UA", "venue", "switzerland", "assert"), ("UA", "venue", "not_moscow", "assert")}),
    ("Сибига заявил, что Украина готова к встрече президентов в Швейцарии или Австрии, но не в Москве.",
     {("UA", "venue", "switzerland", "assert"), ("UA", "venue", "not_moscow", "assert")}),
    ("Сибіга заявив, що Україна готова до зустрічі президентів у Швейцарії чи Туреччині, але не в Москві.",
     {("UA", "venue", "switzerland", "assert"), ("UA", "venue", "not_moscow", "assert")}),
    # a country's name is its government, not its head at another table ("in Austria" is no meeting with Stocker)
    ("Sybiha said Ukraine was ready for a meeting of the presidents in Austria.",
     {("UA", "venue", "austria", "assert")}),
    # a place among the possible places ("one of the possible places", "venues", "locations")
    ("Zelensky said he considered Jerusalem one of the possible places for such a meeting.",
     {("UA", "venue", "jerusalem", "assert")}),
])
def test_venues_of_lists_of_a_country_and_among_places(sentence: str, expected: set[Assertion]) -> None:
    assert expected <= {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize("sentence", [
    # the place of another event, of elections, of an offer to mediate is no venue of the leaders' meeting
    "Путин принял в Кремле председателя КНР Си Цзиньпина, переговоры продлились три часа.",
    "Путін прийняв у Кремлі голову КНР Сі Цзіньпіна, переговори тривали три години.",
    "Зеленский заявил, что не станет участвовать в саммите «Большой двадцатки» на Бали, если туда приедет "
    "Владимир Путин, и не будет встречаться с ним.",
    "Захарова заявила, что перед любой встречей на высшем уровне в Украине должны отменить военное положение и "
    "провести выборы президента.",
    "Путін заявив, що документи має підписувати легітимна влада, і запропонував провести в Україні вибори під "
    "зовнішнім управлінням.",
    "Macron proposed reviving the Normandy format, bringing Putin and Zelensky together with the leaders of France "
    "and Germany.",
    "Макрон заявил, что Франция предлагает посредничество в организации встречи Путина и Зеленского.",
    # a place judged hard to meet in is not proposed
    'Zelensky said a meeting in Budapest would be "difficult" for Ukraine today.',
    "Зеленский сказал, что встреча в Будапеште сегодня была бы сложной для Украины.",
    "Зеленський сказав, що зустріч у Будапешті сьогодні буде складною для України.",
])
def test_no_venue_is_read(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize("sentence", [
    "Ushakov said Zelensky agreed to meet Putin only with the participation of Donald Trump.",
    "Помощник президента России Юрий Ушаков заявил, что Зеленский согласен встретиться с Путиным только при "
    "участии Трампа.",
    "За словами помічника російського президента Юрія Ушакова, Зеленський погоджується зустрітися з путіним лише "
    "за участю Трампа.",
])
def test_a_participation_belongs_to_the_subject_of_the_verb_it_modifies(sentence: str) -> None:
    found = read_in_context(sentence)
    assert ("UA", "format", "trilateral", "assert") in found
    assert ("RU", "format", "trilateral", "assert") not in found


def test_a_source_named_after_a_long_title_speaks() -> None:
    # "за словами помічника російського президента Юрія Ушакова, ...": the name comes 40 characters on
    statements = READER.extract(ArticleText("t", f"{CONTEXT}\n\nЗа словами помічника російського президента "
                                            "Юрія Ушакова, путін готовий зустрітися із Зеленським у Стамбулі.",
                                            published=ARTICLE_DATE))
    assert any(st.speaker == "Yury Ushakov" and any(c.value == "istanbul" for c in st.conditions)
               for st in statements)


def test_a_precondition_opening_the_sentence_makes_the_refusal_after_it_conditional() -> None:
    # "допускает" allows here (an object before it, no "что"): not a verb of saying that would cut the sentence
    found = read_in_context("Итог на середину апреля таков: без договора Кремль встречу Путина и Зеленского не "
                            "допускает, а Киев не готов подписывать документ о потере территорий.")
    assert not {a for a in found if a[:2] == ("RU", "stance") and a[2] in ("skeptical", "refuses")}


@pytest.mark.parametrize("sentence", [
    "Глава государства отметил, что Россия всегда была открыта к переговорам, а сроки завершения конфликта зависят "
    "от Запада.",
    "The head of state noted that Russia had always been open to negotiations and that the timing depended on the "
    "West.",
])
def test_the_speakers_title_does_not_make_talks_a_leaders_meeting(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "stance"}


@pytest.mark.parametrize("sentence", [
    "Мединський сказав журналістам, що проєкт договору ще не готовий для того, щоб винести його на зустріч на "
    "вищому рівні.",
    "Medinsky said the draft treaty was not yet ready to be put to a meeting of the presidents.",
])
def test_a_document_not_yet_ready_is_no_ones_stance(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "stance"}


def test_not_yet_ready_is_not_ready() -> None:
    found = read_in_context("Yermak said Zelensky was not yet ready to meet Putin.")
    assert ("UA", "stance", "willing", "assert") not in found
    assert ("UA", "stance", "refuses", "assert") in found


@pytest.mark.parametrize("sentence", [
    "Зеленський наголосив журналістам, що на зустрічі з путіним мають бути також Сполучені Штати та Європа.",
    "Зеленский подчеркнул журналистам, что на встрече с Путиным должны быть также США и Европа.",
    "Zelensky said the United States and Europe must also be present at any meeting with Putin.",
])
def test_others_who_must_also_be_there_make_it_multilateral(sentence: str) -> None:
    assert ("UA", "format", "multilateral", "assert") in read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "parties"), [
    ("The communique: an all-for-all prisoner swap by the end of the year, and the four leaders agree to meet again "
     "in the same format in four months.", {"RU", "UA", "MEDIATOR"}),
    ("Both leaders agreed to meet again in the same four-way format within four months.", {"RU", "UA", "MEDIATOR"}),
    ("Лидеры нормандской четверки договорились встретиться снова через четыре месяца, говорится в итоговом "
     "коммюнике саммита.", {"RU", "UA", "MEDIATOR"}),
    ("Лідери нормандської четвірки домовилися зустрітися знову через чотири місяці, йдеться у підсумковому "
     "комюніке саміту.", {"RU", "UA", "MEDIATOR"}),
])
def test_the_leaders_joint_decision_speaks_for_each_party_at_the_table(sentence: str, parties: set[str]) -> None:
    found = read_in_context(sentence)
    assert {a[0] for a in found if a[1:3] == ("format", "multilateral")} == parties
    if sentence.isascii():  # in Russian and Ukrainian only the formats: a joint "договорились встретиться" rule as a
        # stance cost the families holdout two false readings when tried
        assert {"RU", "UA"} <= {a[0] for a in found if a[1:3] == ("stance", "willing")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peskov said Putin was no longer open to a meeting with Zelensky.", ("RU", "stance", "refuses")),
    ("Putin said he no longer ruled out a meeting with Zelensky.", ("RU", "stance", "willing")),
    ("Зеленский заявил журналистам, что больше не готов встречаться с Путиным в Стамбуле.",
     ("UA", "venue", "not_istanbul")),
    ("Зеленський заявив журналістам, що вже не готовий зустрічатися з путіним у Стамбулі.",
     ("UA", "stance", "refuses")),
    ("Помічник Путіна Юрій Ушаков заявив, що зустріч Путіна і Зеленського більше не виключається.",
     ("RU", "stance", "willing")),
])
def test_no_longer_negates_a_stance_or_a_venue(sentence: str, expected: tuple[str, str, str]) -> None:
    found = read_in_context(sentence)
    assert (*expected, "assert") in found
    opposite = {"refuses": "willing", "willing": "refuses", "not_istanbul": "istanbul"}[expected[2]]
    assert (expected[0], expected[1], opposite, "assert") not in found


def test_no_longer_still_withdraws_a_condition() -> None:
    found = read_in_context("Lavrov said Russia no longer demanded Ukraine's neutrality before any meeting.")
    assert ("RU", "demand", "neutrality", "withdraw") in found


@pytest.mark.parametrize(("sentence", "expected"), [
    # "still"/"yet" inside a predicate cut no clause: the subject named before them is still the subject
    ("Peskov said Zelensky was still ready to meet Putin in Istanbul.", ("UA", "stance", "willing")),
    ("Yermak said Putin was still not ready to meet Zelensky anywhere.", ("RU", "stance", "refuses")),
    # "пока не" before a state is "not yet", not "until"
    ("Зеленский заявил журналистам, что пока не готов встречаться с Путиным.", ("UA", "stance", "refuses")),
])
def test_adverbs_of_time_inside_a_predicate(sentence: str, expected: tuple[str, str, str]) -> None:
    found = read_in_context(sentence)
    assert (*expected, "assert") in found
    assert not {a for a in found if a[1] == "stance" and a[:3] != expected}


def test_a_hedged_readiness_is_not_willingness() -> None:
    found = read_in_context("Пресс-секретарь Кремля Дмитрий Песков заявил, что Зеленский вряд ли готов встретиться "
                            "с Путиным в ближайшее время.")
    assert ("UA", "stance", "willing", "assert") not in found


@pytest.mark.parametrize(("sentence", "place"), [
    ("Presidential aide Yuri Ushakov said Putin would not meet Zelensky in Istanbul.", "not_istanbul"),
    ("Помощник президента России Юрий Ушаков заявил, что Путин не будет встречаться с Зеленским в Стамбуле.",
     "not_istanbul"),
])
def test_not_meeting_him_there_rejects_the_place_only(sentence: str, place: str) -> None:
    found = read_in_context(sentence)
    assert ("RU", "venue", place, "assert") in found
    assert ("RU", "stance", "refuses", "assert") not in found


@pytest.mark.parametrize("sentence", [
    "Zelensky said he was ready to meet Putin anywhere but in Moscow.",
    "Zelensky said he could meet Putin anyplace but in Moscow.",
    "Зеленский заявил, что готов встретиться с Путиным где угодно, только не в Москве.",
    "Зеленський заявив, що готовий зустрітися з Путіним де завгодно, тільки не в Москві.",
])
def test_anywhere_but_a_place_rejects_it(sentence: str) -> None:
    """'anywhere but' scopes the place after it as 'except' does, with or without its preposition."""
    found = read_in_context(sentence)
    assert ("UA", "venue", "not_moscow", "assert") in found
    assert ("UA", "venue", "moscow", "assert") not in found

@pytest.mark.parametrize(("text", "expected"), [
    ("“We are ready for a meeting of leaders in any format.” That was how Zelensky summed up Kyiv's position on "
     "Monday, speaking in Berlin.", ("UA", "stance", "willing")),
    ("“There will be no meeting with the terrorist as long as our children are being killed.” Those were the words "
     "of Mykhailo Podolyak, adviser to the head of the presidential office, on Sunday.", ("UA", "stance", "refuses")),
    ("«Мы готовы к встрече на любом уровне и в любом формате». Так ответил на вопрос журналистов Зеленский, "
     "находясь с визитом в Вашингтоне.", ("UA", "stance", "willing")),
    ("«Без припинення вогню жодних зустрічей на найвищому рівні не буде». Ці слова належать голові Офісу "
     "президента Андрію Єрмаку.", ("UA", "prerequisite", "ceasefire")),
])
def test_a_quote_belongs_to_the_speaker_named_after_it(text: str, expected: tuple[str, str, str]) -> None:
    """A quote standing alone, then 'That was how X put it' / 'Так ответил X': X's, not the last speaker's (the
    context line names Putin first)."""
    found = {a[:3] for a in read_in_context(text)}
    assert expected in found
    assert ("RU", *expected[1:]) not in found


@pytest.mark.parametrize("sentence", [
    "Peskov said the conditions for such a meeting had not yet been created.",
    "Песков заявил журналистам, что условия для встречи Путина и Зеленского пока не созданы.",
    "Пєсков заявив журналістам, що умови для зустрічі путіна і Зеленського поки що не створені.",
])
def test_conditions_not_yet_created_are_scepticism(sentence: str) -> None:
    assert ("RU", "stance", "skeptical", "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Член украинской делегации Давид Арахамия сказал, что итоги раунда позволяют говорить о встрече президентов.",
    "Член української делегації Давид Арахамія сказав, що підсумки раунду дозволяють говорити про зустріч президентів.",
    "Arakhamia said the draft treaty was far enough along to allow talk of a meeting of the presidents.",
])
def test_progress_that_allows_a_meeting_is_readiness(sentence: str) -> None:
    """Talks said to have gone far enough for the leaders to meet: the speaker's side is ready for it."""
    assert ("UA", "stance", "willing", "assert") in read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Глава украинской делегации Давид Арахамия заявил, что итогов раунда «достаточно» для того, чтобы провести "
     "переговоры на уровне президентов.", ("UA", "stance", "willing")),
    ('Peskov said the Kremlin "does not rule out" a meeting between Putin and Zelensky.', ("RU", "stance", "willing")),
])
def test_scare_quotes_split_no_phrase(sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Peskov said Kyiv insists on a ceasefire before any meeting between the leaders.",
    "Трамп заявил, что Зеленский хочет получить гарантии безопасности до встречи с Путиным.",
    "Сибіга заявив, що Москва хоче спершу узгодити всі документи, а вже потім говорити про зустріч президентів.",
])
def test_wanting_a_condition_before_the_meeting_is_no_readiness(sentence: str) -> None:
    """What is wanted or insisted on is the condition that comes first, not the meeting after it."""
    assert not {a for a in read_in_context(sentence) if a[1:3] == ("stance", "willing")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky insists on a ceasefire before any meeting with Putin.", ("UA", "prerequisite", "ceasefire")),
    ("«Нам нужен документ о гарантиях до встречи президентов, а не после нее», — сказал секретарь СНБО Рустем Умеров "
     "журналистам в Киеве.",
     ("UA", "prerequisite", "security_guarantees")),
    ("\"We need a document on guarantees before the meeting, not after,\" Umerov said.",
     ("UA", "prerequisite", "security_guarantees")),
])
def test_the_condition_wanted_first_is_read(sentence: str, expected: tuple[str, str, str]) -> None:
    """The speaker's own wish for a condition before the meeting is that condition (a document on guarantees is
    the guarantees, not a text to agree)."""
    found = {a[:3] for a in read_in_context(sentence)}
    assert expected in found
    assert (expected[0], "prerequisite", "documents_agreed") not in found



@pytest.mark.parametrize(("sentence", "party"), [
    ("Zelensky is ready to meet Putin at any time, his office said.", "UA"),
    ("Putin is ready to meet Zelensky in Moscow, his spokesman said on Friday.", "RU"),
    ("Зеленский готов встретиться с Путиным в любое удобное время и в любом месте, сообщили в его офисе.", "UA"),
    ("Зеленський готовий зустрітися з путіним будь-коли і будь-де, повідомили у його офісі в понеділок.", "UA"),
])
def test_a_leaders_own_staff_speak_for_him(sentence: str, party: str) -> None:
    assert (party, "stance", "willing", "assert") in read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    # negative concord: "никогда не" is one negation, whose "не" the demand's own words hold
    ("Официальный представитель МИД России Мария Захарова заявила, что Украина никогда не должна вступать в НАТО.",
     ("RU", "demand", "neutrality")),
    # the noun "venue" has no subject; the verb before it does
    ("Peskov said Zelensky had rejected Moscow as a venue for a meeting.", ("UA", "venue", "not_moscow")),
    ("Yermak said Putin had rejected Istanbul as a venue for a meeting.", ("RU", "venue", "not_istanbul")),
])
def test_concord_and_the_subject_of_a_venue_noun(sentence: str, expected: tuple[str, str, str]) -> None:
    found = read_in_context(sentence)
    assert (*expected, "assert") in found
    assert not {a for a in found if a[1:3] == expected[1:] and a[0] != expected[0]}


@pytest.mark.parametrize("sentence", [
    "According to Turkish Foreign Minister Hakan Fidan, Ankara is ready to host a meeting between Putin and Zelensky "
    "in Istanbul.",
    "Глава МИД Турции Хакан Фидан заявил, что Анкара готова принимать и следующие этапы, вплоть до встречи Путина и "
    "Зеленского на высшем уровне в Стамбуле.",
])
def test_a_capital_hosting_in_another_city_of_its_country_is_its_government(sentence: str) -> None:
    venues = {a[2] for a in read_in_context(sentence) if a[:2] == ("MEDIATOR", "venue")}
    assert venues == {"istanbul"}


@pytest.mark.parametrize("sentence", [
    "The Kremlin said a meeting between Putin and Zelensky would be out of the question if Kyiv insisted on putting "
    "Crimea on the agenda.",
    "Песков заявил, что встреча Путина и Зеленского невозможна, если Киев будет настаивать на обсуждении Крыма.",
])
def test_a_refusal_under_an_if_after_it_is_no_refusal(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1:3] == ("stance", "refuses")}


def test_he_is_the_subject_after_an_opening_phrase_not_the_last_name() -> None:
    found = read("Speaking to reporters in a heavily guarded government building in Kyiv on Thursday, Volodymyr "
                 "Zelensky poked fun at the long table used to keep Emmanuel Macron at arm's length.\n\n"
                 "\"Come and sit down with me, I am ready to meet Putin,\" he said.")
    assert ("UA", "stance", "willing", "assert") in found
    assert not {a for a in found if a[0] == "MEDIATOR"}


def test_inviting_a_third_head_offers_another_summit() -> None:
    found = read_in_context("Ushakov said the two presidents would focus on a settlement in Ukraine, and that Putin "
                            "had already invited Trump to hold the following meeting in Russia.")
    assert not {a for a in found if a[1] in ("stance", "venue")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Зеленский заявил журналистам, что прекращение огня больше не является условием встречи с Путиным.",
     ("UA", "prerequisite", "ceasefire")),
    ("Putin said Zelensky's legitimacy is no longer an obstacle to a meeting with him.",
     ("RU", "prerequisite", "legitimate_signatory")),
    # "a condition for" the meeting (not GOAL's "as a condition for a ceasefire")
    ("Zelensky said a ceasefire is no longer a condition for meeting Putin.", ("UA", "prerequisite", "ceasefire")),
    ("Зеленский заявил журналистам, что прекращение огня больше не является условием для встречи с Путиным.",
     ("UA", "prerequisite", "ceasefire")),
    ("Зеленський заявив журналістам, що припинення вогню більше не є умовою для зустрічі з Путіним.",
     ("UA", "prerequisite", "ceasefire")),
])
def test_a_condition_no_longer_one_is_withdrawn(sentence: str, expected: tuple[str, str, str]) -> None:
    found = read_in_context(sentence)
    assert (*expected, "withdraw") in found
    assert (*expected, "assert") not in found


@pytest.mark.parametrize("sentence", [
    "У Кремлі неодноразово відкидали ідею такої зустрічі президентів росії та України.",
    "В Кремле неоднократно отвергали идею такой встречи президентов России и Украины.",
])
def test_a_reporters_summary_of_an_institution_speaks_for_it(sentence: str) -> None:
    assert ("RU", "stance", "refuses", "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Ushakov said Washington had raised the idea of a three-way meeting.",
    "Помощник президента Юрий Ушаков сообщил журналистам, что Вашингтон выдвинул идею трехсторонней встречи.",
    "Помічник президента Юрій Ушаков повідомив журналістам, що Вашингтон озвучив ідею тристоронньої зустрічі.",
])
def test_an_idea_raised_by_washington_is_its_format(sentence: str) -> None:
    found = read_in_context(sentence)
    assert ("US", "format", "trilateral", "assert") in found
    assert ("RU", "format", "trilateral", "assert") not in found


@pytest.mark.parametrize("sentence", [
    "Ushakov said the American side had proposed a bilateral meeting of Putin and Zelensky first and then a "
    "trilateral one.",
    "Юрий Ушаков рассказал, что американская сторона предложила сначала двустороннюю встречу Путина и Зеленского, а "
    "затем трёхстороннюю с участием Трампа.",
    "Юрій Ушаков розповів, що американська сторона запропонувала спершу двосторонню зустріч путіна і Зеленського, а "
    "потім тристоронню за участі Трампа.",
])
def test_the_american_side_is_the_us(sentence: str) -> None:
    """'The American side proposed ...' reported by the Kremlin's aide is the US's sequence, not Moscow's."""
    found = read_in_context(sentence)
    assert ("US", "format", "one_on_one", "assert") in found
    assert not {a for a in found if a[0] == "RU" and a[1] in ("format", "stance")}


@pytest.mark.parametrize("sentence", [
    "The Swiss president said Bern was ready to host a summit of Putin and Zelensky in Geneva.",
    "Президент Швейцарии заявила журналистам, что Берн готов принять саммит Путина и Зеленского в Женеве.",
])
def test_the_swiss_president_offers_geneva(sentence: str) -> None:
    assert ("MEDIATOR", "venue", "geneva", "assert") in read_in_context(sentence)


def test_the_rada_speaker_as_signatory_is_legitimacy() -> None:
    found = read_in_context("Putin said he could meet Zelensky, but the documents would have to be signed by the "
                            "speaker of the Rada.")
    assert ("RU", "prerequisite", "legitimate_signatory", "assert") in found


@pytest.mark.parametrize("sentence", [
    "Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что встреча президентов может состояться "
    "только по итогам переговоров делегаций двух стран.",
    "В Кремле допускают, что по итогам работы делегаций в Стамбуле может быть организована встреча Владимира Путина и "
    "Владимира Зеленского.",
])
def test_an_occasion_inside_the_words_said_is_still_a_condition(sentence: str) -> None:
    assert ("RU", "prerequisite", "expert_groundwork", "assert") in read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said a ceasefire is a condition for meeting Putin.", ("UA", "prerequisite", "ceasefire")),
    ("Песков заявил журналистам, что Москва связывает возможную встречу на высшем уровне с подписанием мирного "
     "договора.", ("RU", "prerequisite", "documents_agreed")),
])
def test_a_condition_for_the_meeting_or_tied_to_it_is_set(sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "assert") in read_in_context(sentence)


def test_not_before_a_condition_is_the_condition_not_a_refusal() -> None:
    found = read_in_context("Zelensky said he would not meet Putin before a ceasefire.")
    assert ("UA", "prerequisite", "ceasefire", "assert") in found
    assert ("UA", "stance", "refuses", "assert") not in found
    # "до" before a place is no "before": the refusal of the trip stands
    assert ("UA", "venue", "not_moscow", "assert") in read_in_context(
        "Зеленський заявив журналістам, що не поїде до Москви на зустріч із путіним за жодних умов.")


@pytest.mark.parametrize("sentence", [
    "Kremlin spokesman Dmitry Peskov said Kyiv was insisting on a ceasefire before any meeting of the leaders.",
    "Пресс-секретарь Кремля Дмитрий Песков заявил, что Киев настаивает на прекращении огня до любой встречи лидеров.",
])
def test_the_other_side_insisting_states_its_condition_not_the_speakers(sentence: str) -> None:
    assert ("RU", "prerequisite", "ceasefire", "assert") not in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "«Пусть Путин приедет в Киев, если хочет встречи», — ответил Зеленский журналистам на приглашение в Москву.",
    "«Нехай Путін приїде до Києва, якщо хоче зустрічі», — відповів Зеленський журналістам на запрошення до Москви.",
])
def test_a_directive_to_the_other_leader_is_the_speakers_proposal(sentence: str) -> None:
    found = read_in_context(sentence)
    assert ("UA", "venue", "kyiv", "assert") in found
    assert ("RU", "venue", "kyiv", "assert") not in found


def test_a_negated_invitation_rejects_the_venue() -> None:
    found = read_in_context("Zelensky said Putin shouldn't invite him to the Kremlin if he is serious about meeting.")
    assert ("UA", "venue", "not_moscow", "assert") in found
    assert not {a for a in found if a[1:3] == ("venue", "moscow")}


# ---------------------------------------------------------------- what is nobody's position, or not this one


@pytest.mark.parametrize(
    "sentence",
    [
        # delegation-level talks say nothing about a leaders' meeting
        "Medinsky said the Russian delegation was ready for a new round of technical talks in Istanbul.",
        # battlefield news and the reporter's background
        "Russian forces shelled Kharkiv overnight, the Ukrainian general staff said.",
        "Russia occupied and illegally annexed Crimea in 2014.",
        # analysts and anonymous sources are not parties
        "An analyst at a Berlin think tank said Putin was ready to meet Zelensky in Geneva.",
        # "a possible meeting" says nothing is possible; declining to comment refuses nothing
        "Peskov declined to comment on a possible Putin-Zelensky summit.",
        "Песков отказался комментировать возможную встречу Путина и Зеленского.",
        "Сибіга утримався від коментарів щодо можливої зустрічі Зеленського з Путіним.",
        "Peskov declined on Monday to say whether Putin would go to Istanbul to meet Zelensky.",
        # a speech verb between two words makes two reports: hosting the talks is not hosting in Ukraine
        "Zelensky thanked the Saudi side for hosting and said Ukraine was ready to take steps towards peace.",
        # a summit named by its place names no venue for another meeting
        "По словам Ушакова, на саммите в Анкоридже тема возможной встречи Путина с Зеленским не затрагивалась.",
        # the delegations' talks "without preconditions" set none for a leaders' meeting
        "Putin proposed that Russian and Ukrainian negotiators resume direct talks in Istanbul without preconditions.",
        # a place that owns something is its people: "in Kyiv's eyes" is no venue
        "A Trump-Putin meeting without Zelensky at the table remains, in Kyiv's eyes, the worst outcome.",
        # a leader received by name: a visit that happened, its place no venue offered
        "Pope Leo received Zelensky at the Vatican on Tuesday, where they discussed the return of Ukrainian children.",
        "Папа Римский Лев XIV принял Зеленского в Ватикане, они обсудили возвращение украинских детей, депортированных "
        "в Россию.",
        "Папа Лев XIV прийняв Зеленського у Ватикані, вони обговорили повернення українських дітей, депортованих до "
        "Росії.",
    ],
)
def test_nothing_is_asserted(sentence: str) -> None:
    assert read_in_context(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "party", "kind", "value"),
    [
        # proposing to hold a summit names no venue: the mediator's home is a venue when it offers to host
        ("Макрон предложил провести саммит с участием Путина, Зеленского и лидеров европейских стран.",
         "MEDIATOR", "venue", None),
        ("Макрон запропонував провести зустріч Зеленського і Путіна за участю лідерів Франції та Німеччини.",
         "MEDIATOR", "venue", None),
        # "without that, nothing to talk about": a condition, not a refusal
        ("\"Without a ministers' meeting first, Putin and Zelensky would have nothing to talk about,\" Peskov said.",
         "RU", "stance", None),
        # a ceasefire offered as what follows from the other side's step is no precondition of a meeting
        ("Putin says Russia will cease fire and start negotiations as soon as Ukraine begins withdrawing its troops.",
         "RU", "prerequisite", None),
        ("Путин заявил, что Россия прекратит огонь и начнет переговоры, как только Украина начнет вывод войск.",
         "RU", "prerequisite", None),
        # rejecting a ceasefire first refuses neither the meeting nor sets the ceasefire as a precondition
        ("Moscow has repeatedly rejected the idea of a ceasefire before a meeting of the leaders.", "RU", "stance",
         None),
        ("Moscow has repeatedly rejected the idea of a ceasefire before a meeting of the leaders.", "RU",
         "prerequisite", None),
        # "not until X" sets a precondition; it refuses nothing
        ("Ukraine will not go to a leaders' meeting until security guarantees are settled, Umerov said.",
         "UA", "stance", None),
        # the other side's preferred format, reported: not the speaker's
        ("Zelensky said Putin would prefer a one-on-one meeting first, without Trump.", "UA", "format", None),
        ("Зеленский сообщил, что Путин предпочитает сначала двустороннюю встречу — без Трампа.", "UA", "format", None),
        # Lavrov reports Zelensky's old refusal: it is no stance of Russia's
        ("Lavrov noted that Zelensky previously rejected any talks with Putin.", "RU", "stance", None),
        # the war, not a venue
        ("Zelensky said he was prepared to hold a meeting to end the war in Ukraine.", "UA", "venue", "ukraine"),
        # a mediator offers its good offices; it has no stance on meeting anyone (MEDIATOR stance is excluded)
        (
            "Erdogan told reporters he was prepared to bring Putin and Zelensky together for a summit.",
            "MEDIATOR",
            "stance",
            None,
        ),
        # the US arranges a meeting of two other leaders: no stance of its own on meeting
        ("Witkoff said Washington was working on a summit between Zelensky and Putin.", "US", "stance", None),
        # the US left out is no three-way format
        (
            "Ушаков заявив, що Кремль розглядає лише двосторонню зустріч із Зеленським, без участі США.",
            "RU",
            "format",
            "trilateral",
        ),
        (
            "Президент Франции Эммануэль Макрон высказался за Женеву как место встречи Путина и Зеленского.",
            "MEDIATOR",
            "venue",
            "paris",
        ),
        (
            "Putin said the fighting will not stop until Ukraine withdraws from Donbas.",
            "RU",
            "demand",
            "no_territorial_concessions",
        ),
        # the delegations' place, a trip to someone else: no venue of the leaders' meeting
        ("Zelensky said he would meet Putin only after the delegations meet again in Istanbul.", "UA", "venue", None),
        (
            "Zelensky said he was ready to meet Putin and would fly to Istanbul on Thursday for talks with Erdogan.",
            "UA",
            "venue",
            None,
        ),
        # a summit held, or the last time the two met: history, no venue
        (
            "Trump and Putin held a three-hour summit at a military base in Anchorage, Alaska, but Zelensky was not "
            "invited.",
            "UA",
            "venue",
            None,
        ),
        ("Востаннє Зеленський і путін бачилися в Парижі на саміті «нормандської четвірки».", "UA", "format", None),
        # a venue refused is not the meeting refused, nor is a proposal turned down anyone's wish to meet
        ("Sybiha rejected Minsk as a venue for the presidents' meeting.", "UA", "stance", None),
        ("Zakharova rejected the proposal for a Zelensky-Putin meeting in Vienna.", "RU", "stance", "willing"),
        ("Лавров отверг идею проведения встречи в Ватикане.", "RU", "stance", None),
        # a trip refused to two places rejects the places, not the meeting
        ("Зеленський заявив, що не поїде на зустріч із путіним ні до росії, ні до білорусі, бо це держави-агресори.",
         "UA", "stance", "refuses"),
        # "talk to Russia": the one spoken to, not a place
        ("\"I will talk to Russia, but not to Putin,\" Zelensky said.", "UA", "venue", None),
        # an agreement broken is history, no document awaited before the meeting
        ("Zelensky said talking to Putin was pointless after he broke every agreement.", "UA", "prerequisite", None),
        ("Зеленский заявил, что встреча с Путиным бессмысленна, после того как Россия нарушила все соглашения.",
         "UA", "prerequisite", None),
        # giving up NATO after withdrawing from regions: the word that gives up is no refusal to concede
        ("путін заявив, що росія припинить вогонь і почне переговори, щойно Україна почне виводити війська з "
         "чотирьох областей і відмовиться від вступу до НАТО.", "UA", "demand", "no_territorial_concessions"),
        # giving guarantees to Ukraine hosts nothing there
        ("Зеленский заявил, что до встречи с Путиным партнеры должны предоставить Украине надежные гарантии "
         "безопасности.", "UA", "venue", None),
        # where something was achieved is no venue
        ("Член делегации Давид Арахамия заявил, что достигнутого в Стамбуле достаточно для встречи президентов.",
         "UA", "venue", None),
        ("Arakhamia said the progress achieved in Istanbul was enough for a meeting of the presidents.", "UA",
         "venue", None),
        # where the speaker spoke, a few words after the speech place
        ("Putin said he was ready to meet Zelensky, speaking at the Valdai club in Sochi.", "RU", "venue", None),
        # only the leaders of Russia and the US: another summit
        ("Putin said only the leaders of Russia and the United States could resolve the issue of strategic "
         "stability.", "RU", "stance", None),
        ("Peskov said the issues could only be resolved after the delegations finish their work.", "RU", "stance",
         None),
        ("Zelensky welcomed the decision taken in Brussels.", "UA", "venue", None),
        # the other side's invitation, however modal, is not the speaker's venue
        ("Zelensky said Putin could invite him to Moscow as much as he wanted.", "UA", "venue", "moscow"),
        # an invitation received is the sender's offer
        ("Zelensky said he had received an invitation to Moscow.", "UA", "venue", None),
        ("Зеленський підтвердив журналістам, що отримав запрошення до Москви від путіна.", "UA", "venue", None),
        ("Zelensky confirmed he had received Putin's invitation to Moscow.", "UA", "stance", None),
        # "with the participation of the top leaders" names who meets, no multilateral format
        ("Лавров подчеркнул, что любые контакты с участием первых лиц должны готовиться максимально тщательно.",
         "RU", "format", "multilateral"),
        ("Zelensky said Russian troops must leave Ukraine.", "UA", "demand", "ukraine_withdraws"),
        ("Песков заявил журналистам, что встреча Путина и Зеленского пока не в повестке дня.", "RU",
         "prerequisite", None),
        # no meeting for its own sake refuses no meeting
        ("Лавров заявил журналистам, что встречи ради встречи с Зеленским не будет.", "RU", "stance", "refuses"),
        # "let him come to Kyiv" after a refused trip opens a clause of its own: Kyiv is not refused
        ("Зеленский ответил журналистам, что в Москву не поедет, пусть Путин приезжает в Киев.", "UA", "venue",
         "not_kyiv"),
        # the speaker's own leader invited: the other side's invitation, not the speaker's venue or wish
        ("Подоляк назвал приглашение Зеленского в Москву абсурдным и заявил, что Киев его не рассматривает.", "UA",
         "venue", "moscow"),
        ("Podolyak said the invitation of Zelensky to Moscow was absurd.", "UA", "stance", "willing"),
        # legitimacy denied to something other than a leader, or by Kyiv of Putin: no condition on a signatory
        ("Putin said the Western sanctions against Russian banks were illegitimate.", "RU", "prerequisite", None),
        ("Zelensky said Putin was an illegitimate president after the rigged election.", "UA", "prerequisite",
         None),
        ("Putin said the legitimate interests of Russia in the region had to be respected.", "RU", "prerequisite",
         None),
        # whom there is nobody to talk to is no venue; delegations that must meet are no leaders' meeting
        ("Zelensky said there was nobody to talk to in the Kremlin.", "UA", "venue", None),
        ("Україна не вестиме переговорів на рівні лідерів мовою ультиматумів, заявив Єрмак.", "UA", "stance", None),
        # a capital before a verb of judging is its government, not a place rejected
        ("Peskov said Kyiv was insisting on a ceasefire before any meeting of the leaders, a demand Moscow considered "
         "unacceptable.", "RU", "venue", None),
        ("Zelensky said he would not meet Putin in Moscow.", "UA", "venue", "moscow"),
        # the next step of the delegations is no leaders' meeting
        ("Peskov said the next step would be a meeting of the delegations in Istanbul.", "RU", "stance", None),
        # a report denied states nothing
        ("Peskov denied a Financial Times report that Putin had agreed to meet Zelensky in Budapest.", "RU", "stance",
         None),
        ("Peskov denied a Financial Times report that Putin had agreed to meet Zelensky in Budapest.", "RU", "venue",
         None),
        ("Песков опроверг сообщения о том, что Путин согласился встретиться с Зеленским в Будапеште.", "RU", "venue",
         None),
        # documents that will be ready are nobody's readiness
        ("Песков заявил журналистам, что встреча президентов может стать только завершающим этапом урегулирования, "
         "когда будут готовы все документы.", "RU", "stance", "willing"),
        # the one invited (a passive subject) proposes no place
        ("Ushakov said Zelensky would be invited to the Russian capital if he was really ready for a meeting.", "UA",
         "venue", None),
        # a proposal not (yet) received names the sender's place, not the receiver's
        ("TASS cited Peskov as saying the Kremlin had not yet received any proposal for a meeting in the Vatican.",
         "RU", "venue", None),
        # a place inside a reason clause is who, not where
        ("Песков заявил, что в Кремле пока не видят смысла во встрече Путина с Зеленским, поскольку в Киеве "
         "постоянно меняют позицию.", "RU", "venue", None),
        ("Peskov said there was no sense in a meeting of Putin and Zelensky because in Kyiv they kept changing their "
         "position.", "RU", "venue", None),
        # "agreed" describing a text agrees to nothing
        ("Peskov said: first an agreed text, then a summit of Putin and Zelensky.", "RU", "stance", None),
        ("Песков заявил, что сначала нужен согласованный текст соглашения, затем саммит.", "RU", "stance", None),
        ("Peskov said the delegations must meet again before any summit of Putin and Zelensky.", "RU", "stance",
         "willing"),
        ("Zelensky said there was no need to meet Putin right now.", "UA", "stance", "willing"),
        # a leader who owns what is waited for ("Zelensky's answer") is not who is waited for
        ("Peskov said Putin was waiting for Zelensky's answer.", "RU", "stance", "willing"),
        # "договорились" is no treaty; the document that reports the words is their source, not a text to agree
        ("Лидеры «нормандской четверки» договорились встретиться снова через четыре месяца, говорится в итоговом "
         "документе саммита.", "RU", "prerequisite", "documents_agreed"),
        ("Лідери «нормандської четвірки» домовилися зустрітися знову через чотири місяці, йдеться в підсумковому "
         "документі саміту.", "UA", "prerequisite", "documents_agreed"),
        # a format named and dismissed is not asked for
        ("Peskov said a three-way summit with Trump was not on the table.", "RU", "format", None),
        ("Песков заявил журналистам, что трехсторонняя встреча с участием Трампа пока не планируется.", "RU",
         "format", None),
        ("Пєсков заявив журналістам, що тристороння зустріч за участі Трампа поки не планується.", "RU", "format",
         None),
        # where foreign troops would be is no venue
        ("Путін заявив журналістам, що присутність західних військ в Україні неприйнятна для Росії.", "RU", "venue",
         None),
        # "згодом" (later) is no consent: the sequence, not a readiness
        ("Пєсков заявив журналістам, що спершу мають попрацювати делегації, а згодом — зустріч лідерів.", "RU",
         "stance", "willing"),
        # a dictator is whom, not a diktat: no "without ultimatums" read from "не сяде за стіл з диктатором"
        ("Зеленський заявив журналістам, що не сяде за стіл з диктатором, поки триває війна.", "UA", "prerequisite",
         "no_ultimatums"),
        # "закінчити війну" (to end the war) says nothing of a mandate that ended
        ("Пєсков заявив журналістам, що підписувати документи має той, хто може закінчити війну.", "RU",
         "prerequisite", "legitimate_signatory"),
        # the occasion right after the verb of saying is when it was said, not a condition
        ("Peskov said after the delegations' talks in Istanbul that a meeting of the leaders was possible.", "RU",
         "prerequisite", "expert_groundwork"),
        ("Песков заявил журналистам по итогам переговоров делегаций в Стамбуле, что встреча лидеров возможна.", "RU",
         "prerequisite", "expert_groundwork"),
        ("Пєсков заявив журналістам за підсумками переговорів делегацій у Стамбулі, що зустріч лідерів можлива.",
         "RU", "prerequisite", "expert_groundwork"),
        # the delegations meeting first is groundwork, not the leaders' format
        ("Peskov said the delegations should meet first.", "RU", "format", "one_on_one"),
        # a readiness pretended is none
        ("Єрмак заявив журналістам, що Росія лише вдає готовність до зустрічі лідерів, а насправді ставить "
         "ультиматуми.", "RU", "stance", "willing"),
        ("Песков сказал журналистам, что президент Украины лишь имитирует готовность к встрече ради западной "
         "аудитории.", "UA", "stance", "willing"),
        ("Sybiha said Russia was only pretending to be ready for a meeting of the leaders.", "RU", "stance",
         "willing"),
        # a ceasefire the condition is for is the goal, not a prerequisite
        ("Putin demanded that Ukraine withdraw from four regions and abandon NATO as a condition for a ceasefire "
         "and talks.", "RU", "prerequisite", "ceasefire"),
        # (unseen5, by families) a sequence: the trilateral after the bilateral is the second step, not the format
        ("Zelensky said Ukraine was ready for a bilateral meeting with Putin, and after it for a trilateral one.", "UA",
         "format", "trilateral"),
        ("Зеленський заявив, що Україна готова до двосторонньої зустрічі з путіним, а після неї - до тристоронньої.",
         "UA", "format", "trilateral"),
        # the arranger's "they meet first, then he joins them" is his sequence, not a Ukrainian format
        ("Trump said he would prefer that Putin and Zelensky first meet on their own, and that he would join them "
         "afterwards.", "UA", "format", "one_on_one"),
        # territory laid on the table (a NATO "no" elsewhere) is no refusal to cede
        ("Washington spelled out its basics for a Putin-Zelensky summit: no NATO membership for Ukraine, and "
         "territory on the table.", "UA", "demand", "no_territorial_concessions"),
        # the residents' "choice" not up for discussion is the Kremlin's claim on the land, not Kyiv's refusal
        ("Putin said the choice made by residents of the four regions would not be up for discussion.", "UA",
         "demand", "no_territorial_concessions"),
        # a threat to foreign troops' legitimacy as targets says nothing of who may sign
        ("Путин заявил, что любые иностранные войска на Украине станут законными целями.", "RU", "prerequisite",
         "legitimate_signatory"),
        # the Americans at the delegations' table make no leaders' format
        ("Ушаков заявил, что делегации России и Украины провели переговоры в Абу-Даби при участии американцев.", "RU",
         "format", "trilateral"),
        ("Умєров заявив, що делегації зустрілися в Женеві за участі американців.", "UA", "format", "trilateral"),
        # guarantees an "if" hangs on, with no signing, are no precondition of a signature
        ("Зеленський заявив, що якщо переговори не дадуть результатів щодо гарантій безпеки, меморандум не працює.",
         "UA", "prerequisite", "security_guarantees"),
        # (h_u7, unseen6 by families) the delegations agreeing to meet again, or meeting again, are no leaders' meeting
        ("Мединский сказал журналистам, что делегации договорились встретиться вновь в Стамбуле.", "RU", "stance",
         None),
        ("Умєров сказав журналістам, що делегації домовилися зустрітися знову в Стамбулі.", "UA", "stance", None),
        ("Умєров сказав, що делегації зустрінуться знову в Стамбулі наступного тижня.", "UA", "stance", None),
        # a leader's future meeting with someone else is not the meeting
        ("Песков сказал, что Путин встретится с Трампом в Будапеште.", "RU", "stance", None),
        # a ceasefire named as the precondition is no groundwork, whoever else the sentence names
        ("Lavrov said a ceasefire was a precondition the experts in Kyiv could not accept.", "RU", "prerequisite",
         "expert_groundwork"),
        # results "that can be signed" with no meeting named set no condition on it
        ("Zelensky said any results that can be signed must first go to parliament.", "UA", "prerequisite", None),
        # a third party's "no meeting without X" states X, not a doubt; "worse than no summit" doubts nothing
        ("Merz said there would be no meeting between Putin and Zelensky without a ceasefire.", "MEDIATOR", "stance",
         None),
        ("Мерц заявил, что встречи Путина и Зеленского без прекращения огня не будет.", "MEDIATOR", "stance", None),
        ("Rubio said: \"A summit that fails is worse than no summit.\"", "US", "stance", None),
        # Kyiv's own "after that, a trilateral" is no arranger's sequence: no one-on-one for it
        ("Zelensky said he was ready to meet Putin. \"After that, we can have a trilateral with President Trump,\" he "
         "added.", "UA", "format", "one_on_one"),
        # formats of two kinds in one sentence are a sequence, not the format of the meeting named by either
        ("Макрон заявив, що зустріч путіна і Зеленського має стати лише першим кроком. «Далі — тристоронній, а потім "
         "чотиристоронній формат, де Європа теж буде за столом», — сказав Макрон.", "MEDIATOR", "format", "trilateral"),
        # the experts' three-way format is theirs, not the leaders'
        ("Лавров сказал, что трехсторонний формат работы экспертов в Абу-Даби себя оправдал.", "RU", "format", None),
        # (h_u8en, unseen7 by families) a sequence told of what happened is no shorthand condition
        ("Zelensky said the guarantees were discussed at the meeting, then the leaders went home.", "UA",
         "prerequisite", "security_guarantees"),
        ("Зеленський сказав, що гарантії обговорили на зустрічі делегацій, а потім лідери роз'їхалися.", "UA",
         "prerequisite", "security_guarantees"),
        # haste about something else, and a plural "know where to find me", say nothing of the meeting
        ("Podolyak said the sooner the better for the prisoner exchange.", "UA", "stance", None),
        ("Подоляк сказав, що обмін полоненими треба провести що швидше, то краще.", "UA", "stance", None),
        ("Zelensky said: \"The people know where to find me, I am in Kyiv.\"", "UA", "stance", None),
        # a list of demands handed over is no refusal of demands
        ("Peskov said Russia handed Ukraine a list of demands at the talks.", "RU", "prerequisite", None),
        ("Песков сказал, что Россия передала Украине список требований.", "RU", "prerequisite", None),
        # readiness to do something else, for years, is no readiness to meet
        ("Zelensky said: \"We have been ready for two years to defend every village.\"", "UA", "stance", None),
    ],
)
def test_not_this_assertion(sentence: str, party: str, kind: str, value: str | None) -> None:
    """The party gets no such assertion (value None: no value of that kind at all)."""
    found = {a for a in read_in_context(sentence) if a[:2] == (party, kind) and value in (None, a[2])}
    assert found == set()


@pytest.mark.parametrize("sentence", [
    "Песков заявил, что встреча Путина и Зеленского пока не стоит в повестке дня.",
    "Встреча Путина и Зеленского пока не значится в повестке, сказал Песков журналистам в Кремле.",
    "По словам Пескова, встреча президентов Путина и Зеленского пока не входит в повестку дня.",
    "Пєсков заявив, що питання зустрічі Путіна із Зеленським поки не стоїть у порядку денному.",
    "Ушаков сказав, що зустріч президентів Путіна і Зеленського наразі не входить до порядку денного.",
])
def test_not_yet_on_the_agenda_is_scepticism_not_an_agenda_to_prepare(sentence: str) -> None:
    assert read_in_context(sentence) == {("RU", "stance", "skeptical", "assert")}


@pytest.mark.parametrize(("sentence", "party"), [
    ("В Кремле не ожидают встречи Путина и Зеленского в ближайшее время, заявил Песков.", "RU"),
    ("В Кремле допускают встречу Путина и Зеленского, но не раньше осени, сказал Песков.", "RU"),
    ("В Киеве надеются на встречу Зеленского с Путиным до конца года, сообщил Ермак.", "UA"),
    ("У Кремлі не очікують зустрічі Путіна і Зеленського найближчим часом, заявив Пєсков.", "RU"),
    ("У Києві сподіваються на зустріч Зеленського з Путіним до кінця року, повідомив Єрмак.", "UA"),
    ("In Moscow they believe a meeting between Putin and Zelensky is premature, Peskov said.", "RU"),
])
def test_the_place_whose_officials_speak_is_no_venue(sentence: str, party: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize(("sentence", "party"), [
    ("Zelensky said he did not expect to meet Putin this year.", "UA"),
    ("Peskov said a Putin-Zelensky meeting should not be expected soon.", "RU"),
    ("Зеленский признал, что не рассчитывает на встречу с Путиным в этом году.", "UA"),
    ("Песков заявил, что скорой встречи Путина и Зеленского ждать не стоит.", "RU"),
    ("Зеленський визнав, що не розраховує на зустріч із Путіним цього року.", "UA"),
    ("Пєсков заявив, що швидкої зустрічі Путіна із Зеленським чекати не варто.", "RU"),
])
def test_not_expecting_a_meeting_soon_is_scepticism(sentence: str, party: str) -> None:
    assert read_in_context(sentence) == {(party, "stance", "skeptical", "assert")}


def test_any_time_soon_under_a_negation_is_no_readiness() -> None:
    found = read_in_context("Zelensky said he did not expect Putin and him to meet any time soon.")
    assert ("UA", "stance", "willing", "assert") not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Putin did not rule out a meeting with Zelensky, saying he had nothing against it in principle.",
     ("RU", "stance", "willing")),
    ("Путин не исключил встречи с Зеленским, заявив, что в принципе ничего не имеет против.",
     ("RU", "stance", "willing")),
    ("Зеленський не відкинув зустрічі з Путіним, заявивши, що в принципі нічого не має проти.",
     ("UA", "stance", "willing")),
    # a trip before the participle is where he goes, not what he says: the venue is the one he names
    ("Zelensky flies to Ankara, saying he is ready to meet Putin in Turkey.", ("UA", "venue", "turkey")),
])
def test_the_subjects_predicate_before_a_participle_of_saying_is_his(sentence: str,
                                                                     expected: tuple[str, str, str]) -> None:
    assert (*expected, "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Zelensky said the leaders should meet now, without waiting for the delegations to finish their work.",
    "Zelensky said he would not wait for a ceasefire to meet Putin.",
    "Зеленский предложил провести встречу с Путиным, не дожидаясь завершения работы делегаций.",
    "Зеленський запропонував провести зустріч із Путіним, не чекаючи завершення роботи делегацій.",
    # the meeting as the subject of the supposition: what it would bring, not what must precede it
    "\"If a meeting can stop the killing, I am ready to go,\" Zelensky said.",
    # "if a meeting is needed to stop the war": what the meeting is needed for, not what must precede it
    "\"If a meeting is needed to stop the war, I am ready,\" Zelensky said.",
    "«Если встреча нужна, чтобы остановить войну, — я готов», — сказал Зеленский.",
    "«Якщо зустріч потрібна, щоб зупинити війну, — я готовий», — сказав Зеленський.",
    "Zelensky said that if a summit with Putin was needed to end the war, he would go.",
    "Зеленский заявил, что если встреча с Путиным поможет прекратить огонь, он готов.",
    "Зеленський заявив, що якщо зустріч із Путіним допоможе припинити вогонь, він готовий.",
])
def test_what_is_not_waited_for_or_would_follow_the_meeting_is_no_precondition(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "prerequisite"}


@pytest.mark.parametrize("sentence", [
    "Зеленский заявил, что готов встретиться с Путиным, не дожидаясь прекращения огня.",
    "Зеленський заявив, що готовий зустрітися з Путіним, не чекаючи на припинення вогню.",
    "Yermak said Zelensky was ready to sit down with Putin without waiting for a truce.",
    "Zelensky told reporters he would go to a summit with Putin even without a ceasefire.",
    "Ермак сообщил, что президент готов к встрече с Путиным и без перемирия.",
    "Єрмак повідомив, що президент готовий до зустрічі з Путіним, не дочекавшись перемир'я.",
])
def test_readiness_that_does_not_wait_for_a_ceasefire_withdraws_it(sentence: str) -> None:
    """docs/conditions.md: "is now ready to meet without a ceasefire" is an explicit withdrawal; not waiting for
    the ceasefire says the same (docs/reading.md)."""
    found = read_in_context(sentence)
    assert ("UA", "prerequisite", "ceasefire", "withdraw") in found
    assert ("UA", "prerequisite", "ceasefire", "assert") not in found


@pytest.mark.parametrize("sentence", [
    "Zelensky said he was not ready to meet Putin without a ceasefire.",
    "Зеленський заявив, що не готовий зустрічатися з Путіним без припинення вогню.",
    "Ермак заявил, что встречи Зеленского с Путиным без прекращения огня не будет.",
])
def test_no_meeting_without_a_ceasefire_still_sets_it(sentence: str) -> None:
    found = read_in_context(sentence)
    assert ("UA", "prerequisite", "ceasefire", "assert") in found
    assert ("UA", "prerequisite", "ceasefire", "withdraw") not in found


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said a meeting with Putin is possible only if a ceasefire is agreed first.", "ceasefire"),
    ("Zelensky said that if there is a ceasefire, a meeting with Putin is possible.", "ceasefire"),
    ("Зеленський заявив, що зустріч із Путіним можлива, якщо буде припинення вогню.", "ceasefire"),
])
def test_a_supposition_about_the_condition_is_still_one(sentence: str, expected: str) -> None:
    assert ("UA", "prerequisite", expected, "assert") in read_in_context(sentence)


def test_coming_before_a_meeting_orders_events() -> None:
    found = read_in_context("Zelensky said he was no longer insisting that a full ceasefire come before a meeting "
                            "with Putin.")
    assert found == {("UA", "prerequisite", "ceasefire", "withdraw")}


def test_the_fighting_stopping_as_the_purpose_of_a_demand_is_no_precondition() -> None:
    found = read_in_context("Putin said Kyiv must pull its forces out of the Donbas for the fighting to stop.")
    assert found == {("RU", "demand", "ukraine_withdraws", "assert")}


def test_a_demand_wanted_before_any_meeting_is_no_readiness() -> None:
    found = read_in_context("Putin said Ukraine must abandon its plans to join NATO before any meeting.")
    assert ("RU", "stance", "willing", "assert") not in found and ("RU", "demand", "neutrality", "assert") in found


@pytest.mark.parametrize("sentence", [
    "В декабре 2019 года Путин и Зеленский единственный раз встретились лично — на саммите «нормандской четвёрки» "
    "в Париже.",
    "У грудні 2019 року Путін і Зеленський єдиний раз зустрілися особисто — на саміті «нормандської четвірки» в "
    "Парижі.",
])
def test_a_dash_before_a_place_goes_on_with_the_meeting_that_happened(sentence: str) -> None:
    assert read_in_context(sentence) == set()


@pytest.mark.parametrize("sentence", [
    "Peskov said on Saturday that the proposal was a peace initiative, not an ultimatum.",
    "Песков заявил, что предложение Путина о встрече с Зеленским — это не ультиматум, а мирная инициатива.",
    "Пєсков заявив, що пропозиція Путіна про зустріч із Зеленським — це не ультиматум, а мирна ініціатива.",
])
def test_ones_own_offer_described_as_no_ultimatum_refuses_no_ultimatums(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[2] == "no_ultimatums"}


@pytest.mark.parametrize("text", [
    "Zelensky said Putin was afraid of a face-to-face meeting.\n\n\"I am ready to answer any question,\" he said.",
    "Zelensky said Putin was afraid of a face-to-face meeting.\n\n\"We are ready for elections,\" he said.",
])
def test_readiness_for_something_else_after_the_meeting_is_not_readiness_to_meet(text: str) -> None:
    assert ("UA", "stance", "willing", "assert") not in read_in_context(text)


@pytest.mark.parametrize("sentence", [
    "Отвечая на вопрос, возможна ли встреча Путина и Зеленского в Стамбуле, Песков сказал, что это преждевременно.",
    "Відповідаючи на питання, чи можлива зустріч Путіна і Зеленського в Стамбулі, Пєсков сказав, що це передчасно.",
])
def test_the_question_after_its_comma_names_no_venue(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize("sentence", [
    "На вопрос, готов ли он встретиться с Путиным, Зеленский ответил утвердительно.",
    "На запитання, чи готовий він зустрітися з Путіним, Зеленський відповів ствердно.",
    "Asked whether he would meet Putin, Zelensky said yes.",
])
def test_a_short_affirmative_answer_to_the_question_is_readiness(sentence: str) -> None:
    assert read_in_context(sentence) == {("UA", "stance", "willing", "assert")}


def test_a_negative_answer_to_the_question_is_no_readiness() -> None:
    found = read_in_context("На вопрос, готов ли он встретиться с Путиным, Зеленский ответил отрицательно.")
    assert ("UA", "stance", "willing", "assert") not in found


@pytest.mark.parametrize(("sentence", "party"), [
    ("Peskov said there was no reason to rule out a meeting between Putin and Zelensky.", "RU"),
    ("Пресс-секретарь президента России Дмитрий Песков заявил журналистам, что исключать встречу Путина и "
     "Зеленского нельзя.", "RU"),
    ("Песков заявил, что нет оснований исключать встречу Путина и Зеленского.", "RU"),
    ("Министр иностранных дел России Сергей Лавров заявил журналистам, что отвергать встречу Путина и Зеленского "
     "не стоит.", "RU"),
    ("Речник президента росії Дмитро Пєсков заявив журналістам, що виключати зустріч Путіна і Зеленського не можна.",
     "RU"),
    ("Пєсков заявив, що немає підстав виключати зустріч Путіна і Зеленського.", "RU"),
])
def test_a_refusal_denied_before_or_after_it_is_readiness(sentence: str, party: str) -> None:
    assert read_in_context(sentence) == {(party, "stance", "willing", "assert")}


@pytest.mark.parametrize(("sentence", "venue"), [
    ("Зеленский заявил журналистам, что готов к встрече с Путиным, и обсудил ситуацию в Женеве.", None),
    ("Зеленський заявив журналістам, що готовий зустрітися з Путіним наступного тижня в Стамбулі.", "istanbul"),
])
def test_a_stem_of_what_happens_in_a_place_keeps_it_from_being_a_venue(sentence: str, venue: str | None) -> None:
    venues = {a[2] for a in read_in_context(sentence) if a[1] == "venue"}
    assert venues == ({venue} if venue else set())


@pytest.mark.parametrize("sentence", [
    "Песков заявил журналистам, что Кремль пока не предлагает встречу Путина и Зеленского.",
    "Пєсков заявив журналістам, що Кремль поки не пропонує зустріч Путіна і Зеленського.",
])
def test_not_yet_offering_a_meeting_is_no_readiness(sentence: str) -> None:
    assert ("RU", "stance", "willing", "assert") not in read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "party"), [
    ("Zelensky said he has no wish to sit down with Putin.", "UA"),
    ("Песков заявил журналистам, что у Путина нет желания встречаться с Зеленским.", "RU"),
    ("Пєсков заявив журналістам, що в Путіна немає бажання зустрічатися із Зеленським.", "RU"),
])
def test_no_wish_to_meet_is_a_refusal(sentence: str, party: str) -> None:
    assert read_in_context(sentence) == {(party, "stance", "refuses", "assert")}


@pytest.mark.parametrize("sentence", [
    "Peskov said the Kremlin would prefer the meeting to be held in Russia.",
    "Peskov said the meeting of the two presidents could be held in Russia.",
])
def test_a_country_where_the_meeting_is_to_be_held_is_the_venue(sentence: str) -> None:
    assert ("RU", "venue", "russia", "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Peskov said the next round of talks between the delegations would be held in Istanbul.",
    "Zelensky said elections could be held in Ukraine after a ceasefire.",
])
def test_what_else_is_to_be_held_somewhere_names_no_venue(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize("sentence", [
    "Peskov said Moscow no longer insists on holding the meeting in Moscow.",
    "Песков заявил журналистам, что Москва больше не настаивает на проведении встречи в Москве.",
    "Пєсков заявив журналістам, що москва більше не наполягає на проведенні зустрічі в Москві.",
])
def test_no_longer_insisting_on_a_venue_rejects_nothing(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said Kyiv was dropping its demand for a ceasefire before any meeting with Putin.",
     ("UA", "prerequisite", "ceasefire")),
    ("Пєсков заявив журналістам, що росія відмовилася від вимоги нейтралітету України.",
     ("RU", "demand", "neutrality")),
])
def test_a_demand_being_dropped_is_withdrawn(sentence: str, expected: tuple[str, str, str]) -> None:
    assert (*expected, "withdraw") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Peskov said no such plans existed when asked about a Putin-Zelensky meeting.",
    "На вопрос о возможной встрече Путина и Зеленского Песков ответил, что таких планов нет.",
    "На запитання про можливу зустріч Путіна і Зеленського Пєсков відповів, що таких планів немає.",
])
def test_no_such_plans_in_answer_to_the_meeting_is_scepticism(sentence: str) -> None:
    assert read_in_context(sentence) == {("RU", "stance", "skeptical", "assert")}


@pytest.mark.parametrize("sentence", [
    "Песков заявил журналистам, что встреча Путина и Зеленского сейчас не обсуждается.",
    "Пєсков заявив журналістам, що зустріч Путіна і Зеленського зараз не обговорюється.",
    "Песков заявил журналистам, что вопрос о встрече Путина и Зеленского снят с повестки.",
    "Peskov said a Putin-Zelensky meeting was off the agenda.",
    "Пєсков заявив журналістам, що питання зустрічі Путіна і Зеленського знято з порядку денного.",
])
def test_the_meeting_not_discussed_or_off_the_agenda_is_scepticism(sentence: str) -> None:
    assert read_in_context(sentence) == {("RU", "stance", "skeptical", "assert")}


@pytest.mark.parametrize("sentence", [
    "Песков заявил журналистам, что саммиту должна предшествовать доработка текста мирного договора.",
    "Пєсков заявив журналістам, що саміту має передувати доопрацювання тексту мирного договору.",
])
def test_what_must_precede_the_summit_is_a_precondition(sentence: str) -> None:
    assert ("RU", "prerequisite", "documents_agreed", "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    "Путин заявил журналистам, что может встретиться с Зеленским, но подписывать документы должны легитимные власти.",
    "Путін заявив журналістам, що може зустрітися із Зеленським, але підписувати документи мають легітимні органи.",
])
def test_can_meet_is_readiness_in_russian_and_ukrainian_too(sentence: str) -> None:
    assert {("RU", "stance", "willing", "assert"), ("RU", "prerequisite", "legitimate_signatory", "assert")} <= \
        read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "party"), [
    ("Зеленский заявил журналистам в Киеве: «Буду рад встретиться с Путиным в Женеве».", "UA"),
    ("Зеленський заявив журналістам у Києві: «Буду радий зустрітися з Путіним у Женеві».", "UA"),
])
def test_the_first_person_of_being_glad_to_meet_is_readiness(sentence: str, party: str) -> None:
    assert (party, "stance", "willing", "assert") in read_in_context(sentence)


def test_a_demand_before_a_ceasefire_makes_no_ceasefire_precondition() -> None:
    found = read_in_context("Putin demanded that Ukraine pull its troops out of four regions and renounce NATO "
                            "membership before he would even call a ceasefire.")
    assert found == {("RU", "demand", "ukraine_withdraws", "assert"), ("RU", "demand", "neutrality", "assert")}


@pytest.mark.parametrize("sentence", [
    "Zelensky said the leaders should meet without aides, face to face.",
    "Зеленский заявил журналистам, что лидеры должны встретиться без помощников, с глазу на глаз.",
])
def test_the_leaders_without_aides_is_their_format_alone(sentence: str) -> None:
    assert ("UA", "format", "one_on_one", "assert") in read_in_context(sentence)


@pytest.mark.parametrize(("sentence", "party"), [
    ("Zelensky said security guarantees from partners must be agreed before he meets Putin.", "UA"),
    ("Зеленський заявив журналістам, що Україні потрібні гарантії безпеки до будь-якої зустрічі з Путіним.", "UA"),
    ("Зеленський вважає, що гарантії безпеки від партнерів мають бути узгоджені до будь-якої зустрічі з Путіним.",
     "UA"),
])
def test_guarantees_to_be_agreed_before_any_meeting_are_the_precondition(sentence: str, party: str) -> None:
    assert read_in_context(sentence) == {(party, "prerequisite", "security_guarantees", "assert")}


@pytest.mark.parametrize("sentence", [
    "Зеленский заявил журналистам, что готов говорить с Россией, но не с этим президентом.",
    "Зеленський заявив журналістам, що в Кремлі немає з ким говорити про мир.",
])
def test_talking_to_anyone_but_him_is_a_refusal_in_russian_and_ukrainian(sentence: str) -> None:
    assert read_in_context(sentence) == {("UA", "stance", "refuses", "assert")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peskov said the question of a meeting between Putin and Zelensky remains open.", set()),
    ("Peskov said the door to a meeting between Putin and Zelensky remained open.",
     {("RU", "stance", "willing", "assert")}),
])
def test_an_open_question_is_no_open_door(sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert read_in_context(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "It was not clear whether Putin would come to Istanbul, Peskov said.",
    "Peskov said it remained to be seen whether a meeting in Istanbul would take place.",
    "Песков заявил журналистам, что пока не ясно, состоится ли встреча Путина и Зеленского в Стамбуле.",
    "Пєсков заявив журналістам, що поки незрозуміло, чи приїде Путін до Стамбула на зустріч із Зеленським.",
])
def test_what_is_unclear_names_no_venue(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peskov said there was no way a meeting between Putin and Zelensky could take place this year.",
     {("RU", "stance", "skeptical", "assert")}),
    ("Zelensky said there was no way he would meet Putin in Moscow.", {("UA", "venue", "not_moscow", "assert")}),
    ("Zelensky said there is no way to end the war without a meeting with Putin.",
     {("UA", "stance", "willing", "assert")}),
])
def test_there_is_no_way_negates_what_follows(sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert read_in_context(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Medinsky said a summit of the presidents could take place only after the delegations drafted an agreement.",
     {("RU", "prerequisite", "expert_groundwork", "assert"), ("RU", "prerequisite", "documents_agreed", "assert")}),
    ("A leaders' summit, Yermak said, would be possible only once security guarantees were signed by the allies.",
     {("UA", "prerequisite", "security_guarantees", "assert")}),
    ("Мединский заявил, что встреча глав государств возможна лишь для того, чтобы подписать договор.",
     {("RU", "prerequisite", "documents_agreed", "assert")}),
    ("Єрмак заявив, що зустріч лідерів можлива тільки після надання гарантій безпеки союзниками.",
     {("UA", "prerequisite", "security_guarantees", "assert")}),
])
def test_a_meeting_possible_only_after_a_condition_states_the_condition_not_readiness(
        sentence: str, expected: set[tuple[str, str, str, str]]) -> None:
    assert read_in_context(sentence) == expected



@pytest.mark.parametrize(("text", "expected"), [
    ("The Kremlin invited Zelensky to Moscow for talks. Kyiv dismissed the offer as a stunt.",
     ("UA", "venue", "not_moscow", "assert")),
    ("Erdogan offered to host Putin and Zelensky in Istanbul. The Kremlin rejected the idea.",
     ("RU", "venue", "not_istanbul", "assert")),
    ("Эрдоган предложил провести встречу Путина и Зеленского в Стамбуле. В Кремле эту идею отвергли.",
     ("RU", "venue", "not_istanbul", "assert")),
    ("Кремль вновь пригласил Зеленского в Москву. Киев это предложение отверг.",
     ("UA", "venue", "not_moscow", "assert")),
    ("Кремль знову запросив Зеленського до Москви. Київ цю пропозицію відкинув.",
     ("UA", "venue", "not_moscow", "assert")),
])
def test_the_offer_rejected_in_the_next_sentence_is_its_venue_rejected(text: str, expected: Assertion) -> None:
    """'Kyiv dismissed the offer', 'Киев это предложение отверг' (the object before the verb): another party's
    venue offer just made is what the anaphor names; the meeting itself is not refused."""
    found = read_in_context(text)
    assert expected in found and (expected[0], "stance", "refuses", "assert") not in found


@pytest.mark.parametrize(("text", "willing"), [
    ('Yermak said a summit of the two presidents should come soon. "We are ready for it," he added.', True),
    ("Ермак заявил, что личная встреча президентов должна состояться скоро. «Мы к ней готовы», — добавил он.", True),
    ("Єрмак заявив, що особиста зустріч президентів має відбутися скоро. «Ми до неї готові», — додав він.", True),
    ("Ермак заявил, что готовится новая операция на фронте. «Мы к ней готовы», — добавил он.", False),
])
def test_readiness_for_it_right_after_the_meeting_is_readiness_to_meet(text: str, willing: bool) -> None:
    """'"We are ready for it"', «Мы к ней готовы»: the pronoun is the meeting the speaker has just named."""
    assert (("UA", "stance", "willing", "assert") in read_in_context(text)) is willing


@pytest.mark.parametrize("sentence", [
    "Yermak said Zelensky would not meet Putin before the allies had signed security guarantees for Kyiv.",
    "Ермак заявил, что Зеленский не будет встречаться с Путиным до того, как союзники предоставят гарантии "
    "безопасности.",
    "Єрмак заявив, що Зеленський не зустрічатиметься з Путіним до того, як союзники нададуть гарантії безпеки.",
])
def test_no_meeting_before_a_clause_naming_the_condition_is_the_precondition(sentence: str) -> None:
    """'would not meet Putin before the allies had signed guarantees', 'до того, как ...': "before" opens a clause
    whose condition stands a few words on; the refusal is conditional."""
    assert read_in_context(sentence) == {("UA", "prerequisite", "security_guarantees", "assert")}


@pytest.mark.parametrize("sentence", [
    "Peskov said a meeting between Putin and Zelensky was possible once the documents are prepared.",
    "Песков заявил, что встреча Путина и Зеленского возможна, когда будут подготовлены документы.",
    "Пєсков заявив, що зустріч путіна і Зеленського можлива, коли будуть підготовлені документи.",
])
def test_documents_prepared_are_an_agreed_text_not_groundwork(sentence: str) -> None:
    found = read_in_context(sentence)
    assert ("RU", "prerequisite", "documents_agreed", "assert") in found
    assert not {a for a in found if a[2] == "expert_groundwork"}


@pytest.mark.parametrize("passage", [
    "\"We are ready for a meeting of the presidents,\" Sybiha told reporters. He spoke after a meeting of EU "
    "foreign ministers in Brussels.",
    "«Мы готовы к встрече президентов», — сказал Сибига. Он выступил после встречи министров иностранных дел ЕС.",
    "«Ми готові до зустрічі президентів», — сказав Сибіга. Він виступив після зустрічі міністрів закордонних "
    "справ ЄС.",
])
def test_a_meeting_the_speaker_spoke_after_is_no_precondition(passage: str) -> None:
    found = read_in_context(passage)
    assert ("UA", "stance", "willing", "assert") in found
    assert not {a for a in found if a[1] == "prerequisite"}


@pytest.mark.parametrize("sentence", [
    "Podolyak said the American president must be at the table when Zelensky meets Putin.",
    "Подоляк заявил, что на встрече Зеленского с Путиным нужно присутствие американского президента.",
    "Подоляк заявив, що на зустрічі Зеленського з путіним потрібна присутність американського президента.",
])
def test_the_american_president_at_the_table_is_trilateral(sentence: str) -> None:
    assert ("UA", "format", "trilateral", "assert") in read_in_context(sentence)


def test_in_a_story_about_another_summit_the_two_presidents_are_that_summits_pair() -> None:
    """'Orban said Hungary was ready to host the two presidents' in a story about the Trump-Putin summit in Budapest
    is that summit's venue; the Russian and Ukrainian presidents, named by their countries, are still theirs."""
    lead = "Trump cancels summit with Putin in Budapest\n\nTrump said he had cancelled a planned summit with Putin."
    assert read(f"{lead} Orban said Hungary was ready to host the two presidents.") == set()
    assert ("MEDIATOR", "venue", "turkey", "assert") in read(
        f"{lead} Erdogan said Ankara was working to get the Russian and Ukrainian presidents into the same room in "
        "Turkey.")


def test_such_a_summit_after_a_sentence_on_another_summit_is_that_one() -> None:
    """'Saudi Arabia has offered to host such a summit' right after a sentence on a Trump-Putin meeting offers that
    summit a venue; after a sentence on the Putin-Zelensky meeting, it offers theirs."""
    other = "Ushakov said no date had yet been set for a meeting between Presidents Donald Trump and Vladimir Putin."
    ours = "Ushakov said no date had yet been set for a meeting between Vladimir Putin and Volodymyr Zelensky."
    offer = "Saudi Arabia, which hosted the talks, has offered to host such a summit."
    assert not any(kind == "venue" for _, kind, _, _ in read(f"{CONTEXT}\n\n{other} {offer}"))
    assert ("MEDIATOR", "venue", "saudi_arabia", "assert") in read(f"{CONTEXT}\n\n{ours} {offer}")



@pytest.mark.parametrize(("opening", "host", "sentence", "expected"), [
    ("Delegations from Moscow and Kyiv arrived at the palace for talks in the morning, and President Recep Tayyip "
     "Erdogan greeted both teams.",
     "\"Istanbul is ready to host Mr Putin and Mr Zelensky whenever the moment comes,\" Erdogan said.",
     "A meeting of the two presidents is possible, Medinsky said, but only once the treaty is ready to be signed.",
     ("RU", "prerequisite", "documents_agreed", "assert")),
    ("Делегации Москвы и Киева утром прибыли во дворец на переговоры, и президент Реджеп Тайип Эрдоган "
     "поприветствовал обе команды.",
     "«Стамбул готов принять господина Путина и господина Зеленского, когда придет время», — сказал Эрдоган.",
     "Мединский заявил, что встреча президентов возможна только после того, как договор будет готов к подписанию.",
     ("RU", "prerequisite", "documents_agreed", "assert")),
    ("Делегації Москви і Києва вранці прибули до палацу на переговори, і президент Реджеп Таїп Ердоган "
     "привітав обидві команди.",
     "«Стамбул готовий прийняти пана Путіна і пана Зеленського, коли настане час», — сказав Ердоган.",
     "Арахамія заявив, що зустріч президентів можлива лише після того, як договір буде готовий до підписання.",
     ("UA", "prerequisite", "documents_agreed", "assert")),
])
def test_a_lead_cut_between_the_two_leaders_names_is_no_other_summit(opening: str, host: str, sentence: str,
                                                                       expected: Assertion) -> None:
    """The lead (its first 400 characters) ends where its last whole sentence ends: cut between "host Mr Putin and"
    and "Mr Zelensky" it named one leader beside a head of state, which is another summit's lead, and the story's
    own meeting went unread."""
    from extractors import reader
    second = max(host.index(w) for w in ("Zelensky", "Зеленского", "Зеленського") if w in host)
    # the opening padded so that the 400th character falls just before the second leader's name
    need = reader._LEAD_CHARS - second - 8 - len(opening)  # the 400th character two before the second name
    opening = opening[:-1] + " " + " ".join(["today"] * (need // 6)) + "."
    opening += " " * (reader._LEAD_CHARS - second - len(opening))
    body = f"{opening}\n\n{host} {sentence}"
    assert body.index(host) + second - 3 < reader._LEAD_CHARS < body.index(host) + second
    assert expected in read(body)


@pytest.mark.parametrize(("sentence", "place"), [
    ("Macron said a neutral city would be best for the meeting. \"I plead for Geneva,\" he said.", "geneva"),
    ("Макрон заявил, что для встречи лучше всего подойдет нейтральный город. «Я выступаю за Женеву», — сказал он.",
     "geneva"),
    ("Ердоган заявив, що для зустрічі найкраще підійде нейтральне місто. «Я виступаю за Стамбул», — сказав він.",
     "istanbul"),
])
def test_a_mediators_head_pleading_for_a_place_offers_it_for_the_leaders_meeting(sentence: str, place: str) -> None:
    """A mediator's head who pleads, argues or speaks out for a place, naming no meeting of his own, names it for
    the leaders' meeting (not for one he would attend): 'I plead for Geneva', «Я выступаю за Женеву»."""
    assert ("MEDIATOR", "venue", place, "assert") in read_in_context(sentence)
    assert read_in_context("Macron pleaded for calm in Paris on Monday.") == set()


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky was ready to sit down with Putin, he said, in a three-way meeting together with Donald Trump.",
     ("UA", "format", "trilateral", "assert")),
    ("Putin had never refused to meet Zelensky, he said - and if the Ukrainian leader wanted to talk, he could come "
     "to Moscow.", ("RU", "venue", "moscow", "assert")),
    ("Kyiv was ready for a meeting of the leaders, Yermak said, but only once the security guarantees were agreed.",
     ("UA", "prerequisite", "security_guarantees", "assert")),
    ("Зеленский готов встретиться с Путиным, сказал Ермак, в трехстороннем формате вместе с Трампом.",
     ("UA", "format", "trilateral", "assert")),
    ("Зеленський готовий зустрітися з путіним, сказав Єрмак, у тристоронньому форматі разом із Трампом.",
     ("UA", "format", "trilateral", "assert")),
])
def test_the_words_after_a_parenthetical_attribution_are_the_speakers(sentence: str, expected: Assertion) -> None:
    """'X, he said, in a three-way meeting ...', '..., he said - and if ...': the sentence goes on past a speaker
    between commas (or a comma and a dash) and the rest is his; a participle after him ('..., Peskov said, rejecting
    calls for a truce') or a reporter's 'as' clause is not read as his words."""
    assert expected in read_in_context(sentence)
    assert ("RU", "stance", "refuses", "assert") not in read_in_context(
        "Moscow will not halt its offensive for the sake of a summit, Peskov said, rejecting calls for a truce before "
        "any meeting of the leaders.")


@pytest.mark.parametrize(("text", "expected"), [
    ("The leaders of Russia, Ukraine, France and Germany met in the Normandy format in Paris on Monday.\n\n"
     "\"We are ready to meet again in the same format in the spring,\" Zelensky told reporters.",
     ("UA", "format", "multilateral", "assert")),
    ("Лидеры России, Украины, Франции и Германии встретились в Париже в нормандском формате.\n\n"
     "«Мы готовы встретиться снова в том же формате», — сказал Путин.",
     ("RU", "format", "multilateral", "assert")),
    ("Лідери України, Росії, Франції та Німеччини зустрілися в Парижі в нормандському форматі.\n\n"
     "«Ми готові зустрітися знову в тому ж форматі», — сказав Зеленський.",
     ("UA", "format", "multilateral", "assert")),
])
def test_this_format_is_the_multi_party_format_the_article_named_before(text: str, expected: Assertion) -> None:
    """'ready to meet again in the same format', «в том же формате», «у тому ж форматі»: the format the article named
    before (the Normandy four); with none named, 'this format' names none."""
    assert expected in read(text)
    assert not any(kind == "format" for _, kind, _, _ in read_in_context(
        "\"We are ready to meet again in the same format,\" Zelensky told reporters."))


@pytest.mark.parametrize("text", [
    "Путин и Зеленский не встречались с начала войны, разговоры о саммите продолжаются.\n\n"
    "Лавров заявил, что размещение на Украине военных контингентов европейских стран неприемлемо.",
    "Путін і Зеленський не зустрічалися від початку війни, розмови про саміт тривають.\n\n"
    "Лавров заявив, що розміщення в Україні військових контингентів європейських країн неприйнятне.",
    "Putin and Zelensky have not met since the war began.\n\n"
    "Lavrov said any scenario that involves European military contingents in Ukraine is categorically unacceptable.",
])
def test_foreign_contingents_refused_are_a_demand_not_a_venue(text: str) -> None:
    """'European military contingents in Ukraine are unacceptable': troops refused (no_foreign_troops), not Ukraine
    rejected as a venue."""
    read_ = read(text)
    assert ("RU", "demand", "no_foreign_troops", "assert") in read_
    assert not any(kind == "venue" for _, kind, _, _ in read_)


@pytest.mark.parametrize("sentence", [
    "Putin answered the offer of Volodymyr Zelensky to meet in the Donbas, saying he was ready to receive him in "
    "Moscow.",
    "Путин ответил на предложение Владимира Зеленского встретиться в Донбассе, заявив, что готов принять его в "
    "Москве.",
    "Путін відповів на пропозицію Володимира Зеленського зустрітися на Донбасі, заявивши, що готовий прийняти його "
    "в Москві.",
])
def test_an_offer_named_with_its_authors_full_name_is_his(sentence: str) -> None:
    """«предложение Владимира Зеленского встретиться в Донбассе»: the offer's author named with his first name is
    still its author; the place he offered is not the answering speaker's venue."""
    read_ = read_in_context(sentence)
    assert ("RU", "venue", "donbas", "assert") not in read_
    assert ("RU", "venue", "moscow", "assert") in read_


@pytest.mark.parametrize("sentence", [
    "Zelensky said the invitation to Moscow only shows the Kremlin's unwillingness to meet.",
    "Зеленский заявил, что приглашение в Москву означает лишь нежелание Кремля встречаться.",
    "Зеленський заявив, що запрошення до Москви означає лише небажання Кремля зустрічатися.",
])
def test_an_offer_called_a_sign_of_unwillingness_is_no_willingness(sentence: str) -> None:
    """'the invitation to Moscow only shows the Kremlin's unwillingness to meet', «нежелание Кремля встречаться»:
    the other side's unwillingness (AVOID) is an accusation, not the speaker's offer of a meeting."""
    assert not any(kind == "stance" for _, kind, _, _ in read_in_context(sentence))



def read_in_its_language(sentence: str) -> set[Assertion]:
    """The sentence after a context line in its own language (the probes' lines: Russian and Ukrainian sentences are
    on topic in an article in their language)."""
    lang = "en" if sentence.isascii() else "uk" if any(ch in sentence for ch in "іїєґІЇЄ") else "ru"
    return read(f"{PROBE_CONTEXT[lang]}\n\n{sentence}")


@pytest.mark.parametrize("sentence", [
    'Zelensky said: "We are not ready for such a format."',
    "Yermak said Kyiv was not ready for a trilateral format.",
    "Peskov said the Kremlin did not see the point of a three-way meeting.",
    "Ushakov said Moscow did not see the need for a trilateral summit with Trump.",
    "«Мы не готовы к такому формату», — сказал Песков.",
    "Ушаков заявил, что Москва не видит смысла в трехсторонней встрече.",
    "Песков сказал, что Кремль трехстороннюю встречу с участием Трампа пока не рассматривает.",
    "Ушаков сказал, что Москва не рассматривает трехсторонний саммит.",
    "Зеленський сказав: «Ми не готові до такого формату».",
    "Ушаков заявив, що Москва не бачить сенсу в тристоронній зустрічі.",
    "Пєсков заявив, що Кремль тристоронню зустріч поки не розглядає.",
    "Зеленський заявив, що не бачить сенсу в зустрічі з Путіним у двосторонньому форматі, потрібен Трамп.",
])
def test_a_format_refused_is_no_format_asked_for_and_no_refusal_of_the_meeting(sentence: str) -> None:
    """'not ready for such a format', «трехстороннюю встречу … не рассматривает», «не бачить сенсу в тристоронній
    зустрічі»: the refusal's or the doubt's object is a format, so neither that format nor a stance on the meeting
    is read."""
    assert not {a for a in read_in_its_language(sentence) if a[1] in ("stance", "format")}


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said: \"We are ready for a trilateral meeting with Trump.\"", ("UA", "format", "trilateral")),
    ("Песков сказал, что Кремль готов к трехсторонней встрече.", ("RU", "format", "trilateral")),
    ("Зеленський заявив, що Україна готова до тристоронньої зустрічі з Трампом.", ("UA", "format", "trilateral")),
    ("Песков сказал, что Кремль не исключает трехстороннюю встречу.", ("RU", "format", "trilateral")),
    ("Putin said he does not see the point of a meeting with Zelensky.", ("RU", "stance", "skeptical")),
    ("Пєсков сказав, що Путін не бачить сенсу в зустрічі із Зеленським.", ("RU", "stance", "skeptical")),
    ("Peskov said a meeting in the Normandy format makes no sense without progress in Minsk.",
     ("RU", "stance", "skeptical")),
    ("Zelensky said he was not ready to meet Putin.", ("UA", "stance", "refuses")),
    ("Зеленский сказал, что не готов встречаться с Путиным ни в каком формате.", ("UA", "stance", "refuses")),
    ("Ushakov said Moscow saw no point in a three-way meeting: the two presidents should meet one-on-one.",
     ("RU", "format", "one_on_one")),
    ("Песков сказал, что встречу в Стамбуле Кремль не рассматривает.", ("RU", "venue", "not_istanbul")),
    ("Ushakov said Moscow saw no point in a trilateral format, only in a one-on-one meeting.",
     ("RU", "format", "one_on_one")),
    ("Ушаков сказал, что Москва не видит смысла в трехстороннем формате, только во встрече один на один.",
     ("RU", "format", "one_on_one")),
    ("Зеленський сказав, що не бачить сенсу в зустрічі у двосторонньому форматі — лише з Трампом, у тристоронньому.",
     ("UA", "format", "trilateral")),
])
def test_a_format_asked_for_and_a_meeting_refused_still_read(sentence: str, expected: tuple[str, str, str]) -> None:
    """The format a refused one is opposed to ("no point in a trilateral format, only in a one-on-one meeting") is the
    one asked for; the refused one is not read."""
    found = read_in_its_language(sentence)
    assert (*expected, "assert") in found
    if expected[1] == "format":
        assert not {a for a in found if a[1] == "format" and a[2] != expected[2]}


@pytest.mark.parametrize(("sentence", "venue"), [
    # a held meeting judged in the past tense: its place is where it was, no venue proposed
    ("Erdogan said the meeting in Antalya was productive and thanked both delegations.", None),
    ("Чавушоглу заявил, что встреча в Анталье была полезной и Турция готова содействовать диалогу.", None),
    ("Чавушоглу заявив, що зустріч в Анталії виявилася корисною і Туреччина готова сприяти діалогу.", None),
    # the same verdict wished for a meeting to come keeps its place
    ("Peskov said a meeting of Putin and Zelensky in Istanbul would be productive.", "istanbul"),
    ("Песков заявил, что встреча Путина и Зеленского в Стамбуле была бы полезной.", "istanbul"),
    ("Пєсков заявив, що зустріч Путіна і Зеленського у Стамбулі була б корисною.", "istanbul"),
])
def test_a_meeting_judged_as_held_names_no_venue(sentence: str, venue: str | None) -> None:
    venues = {a[2] for a in read_in_context(sentence) if a[1] == "venue"}
    assert venues == ({venue} if venue else set())


@pytest.mark.parametrize(("sentence", "expected"), [
    # the place offered, in the accusative, refused by calling the offer unacceptable
    ("Кулеба сказал о встрече лидеров: «Предлагать Женеву — заведомо неприемлемый вариант».",
     ("UA", "venue", "not_geneva", "assert")),
    ("Кулеба сказав про зустріч лідерів: «Пропонувати Женеву — свідомо неприйнятний варіант».",
     ("UA", "venue", "not_geneva", "assert")),
    # the idea of a place hosting, dismissed
    ("Lavrov dismissed the idea of Geneva hosting a meeting of Putin and Zelensky.",
     ("RU", "venue", "not_geneva", "assert")),
    ("Peskov welcomed the idea of Istanbul hosting a meeting of Putin and Zelensky.",
     ("RU", "venue", "istanbul", "assert")),
])
def test_a_place_offered_as_an_object_or_a_host_is_the_venue(sentence: str, expected: tuple[str, ...]) -> None:
    assert expected in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    # the dative names to whom it was offered, not where
    "Песков заявил, что Путин предложил Женеве роль посредника во встрече с Зеленским.",
    "Пєсков заявив, що Путін запропонував Женеві роль посередника у зустрічі із Зеленським.",
    "Єрмак підтвердив, що запропонував Москві організувати зустріч Зеленського і путіна.",
    "Ермак подтвердил, что предложил Москве организовать встречу Зеленского и Путина.",
])
def test_a_place_in_the_dative_after_an_offer_is_no_venue(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1] == "venue"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "where it will not happen: X" in other words than "where it cannot be"
    ('Zelensky said of a meeting with Putin: "I can tell you where it will not take place: in Minsk."', "not_minsk"),
    ("Подоляк сказал о встрече лидеров: «Где она точно не пройдет — так это в Минске».", "not_minsk"),
    ("Подоляк сказав про зустріч лідерів: «Можу сказати, де зустрічі точно не буде: у Мінську».", "not_minsk"),
    # said where it will be, the place is proposed
    ("Ермак сказал о встрече лидеров: «Могу сказать, где она точно состоится: в Стамбуле».", "istanbul"),
])
def test_where_the_meeting_will_not_happen_rejects_the_place(sentence: str, expected: str) -> None:
    assert {a[2] for a in read_in_context(sentence) if a[1] == "venue"} == {expected}


# ---------------------------------------------------------------- answers to "where would it be?"
# (the places of an answer to a question of where the Putin-Zelensky meeting would be are its venues:
# venue.where_answer_judged, venue.where_answer_at; not where another summit is, where someone is now, or where a
# meeting was held)
@pytest.mark.parametrize("text", [
    'Where will Trump and Putin meet?\n\n"Budapest is logical," Orban said.',
    "Де зустрінуться Трамп і путін?\n\n«Будапешт — логічний вибір», — сказав Орбан.",
    'Where is Zelensky today?\n\n"In Kyiv, of course," Yermak said.',
    "Где сейчас Зеленский?\n\n«В Киеве», — сказал Ермак.",
    'Where did Putin and Zelensky last meet?\n\n"In Paris, in December 2019," Peskov said.',
    "Где встречались Путин и Зеленский?\n\n«В Париже», — сказал Песков.",
    'Where could Putin and Zelensky meet?\n\n"We held talks in Istanbul in 2022," Yermak said.',
])
def test_an_answer_of_where_else_names_no_venue(text: str) -> None:
    assert not {a for a in read_in_context(text) if a[1] == "venue"}


# "such a meeting" is the leaders' (not another summit's): a mediator's head named beside it is thanked or told, not
# at its table; a talk with him at a place is still his
@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky said he considers Jerusalem one of the possible places for such a meeting and thanked Israeli Prime "
     "Minister Naftali Bennett for his efforts.", {("UA", "venue", "jerusalem", "assert")}),
    ("Зеленский сказал, что рассматривает Иерусалим как одно из возможных мест для такой встречи и благодарен "
     "премьер-министру Израиля Нафтали Беннету.", {("UA", "venue", "jerusalem", "assert")}),
    ("Зеленський сказав, що розглядає Єрусалим як одне з можливих місць для такої зустрічі і вдячний "
     "прем'єр-міністру Ізраїлю Нафталі Беннету.", {("UA", "venue", "jerusalem", "assert")}),
    ("Zelensky said such a meeting could follow his talks with Erdogan in Istanbul next week.", set()),
    ("Зеленский сказал, что такая встреча может последовать за его переговорами с Эрдоганом в Стамбуле.", set()),
])
def test_a_mediators_head_beside_such_a_meeting(text: str, expected: set[Assertion]) -> None:
    assert {a for a in read_in_context(text) if a[1] == "venue"} == expected


# a party's country or capital after "to" and a verb of offering is whom the offer went to; after an invitation or a
# trip it is where to
@pytest.mark.parametrize(("text", "expected"), [
    ("Zelensky said the Vatican option has never been considered in Kyiv, because no one has ever officially offered "
     "it to Ukraine.", set()),
    ("Peskov said nobody had proposed such a meeting to Russia.", set()),
    ("Erdogan said Turkey had offered a venue to Russia and Ukraine.", set()),
    ("Peskov said Putin had invited Zelensky to Moscow.", {("RU", "venue", "moscow", "assert")}),
    ("Zelensky said he was ready to travel to Russia to meet Putin.", {("UA", "venue", "russia", "assert")}),
    ("Trump said he had proposed a trip to Moscow to Zelensky.", set()),
])
def test_offered_to_a_party(text: str, expected: set[Assertion]) -> None:
    assert {a for a in read_in_context(text) if a[1] == "venue"} == expected


# a trip not made is a fact of the news, not a venue offered or refused; a trip refused is a rejected venue
@pytest.mark.parametrize(("text", "expected"), [
    ("Putin, who had proposed the talks on Sunday, did not travel to Turkey.", set()),
    ("Путин, предложивший переговоры, в Стамбул не поехал.", set()),
    ("Путін, який запропонував переговори, до Стамбула не поїхав.", set()),
    ("Zelensky said he would not travel to Moscow.", {("UA", "venue", "not_moscow", "assert")}),
    ("Зеленский заявил журналистам, что в Москву на встречу с Путиным он не поедет.",
     {("UA", "venue", "not_moscow", "assert")}),
    ("Зеленський заявив журналістам, що до Москви на зустріч з путіним він не поїде.",
     {("UA", "venue", "not_moscow", "assert")}),
])
def test_a_trip_not_made(text: str, expected: set[Assertion]) -> None:
    assert {a for a in read_in_context(text) if a[1] == "venue"} == expected


# a meeting at a place named or thought a step or a start was held there: no venue; one that would be a step is offered
@pytest.mark.parametrize(("text", "expected"), [
    ("Путин по итогам переговоров заявил, что считает встречу в Париже важным шагом.", set()),
    ("Чавушоглу назвал саму встречу в Анталье «важным началом».", set()),
    ("Путін заявив, що вважає зустріч у Парижі важливим кроком.", set()),
    ("Зеленский заявил, что встреча с Путиным в Стамбуле могла бы стать важным шагом к миру.",
     {("UA", "venue", "istanbul", "assert")}),
    ("Зеленський заявив, що зустріч із путіним у Стамбулі стала б важливим кроком до миру.",
     {("UA", "venue", "istanbul", "assert")}),
])
def test_a_meeting_judged_a_step(text: str, expected: set[Assertion]) -> None:
    assert {a for a in read_in_context(text) if a[1] == "venue"} == expected
@pytest.mark.parametrize("sentence", [
    # the lower talks failing: the leaders' meeting is the way out, no groundwork awaited
    "Umerov said that if the delegations get nowhere, a meeting of Zelensky and Putin will be needed.",
    "Умеров сказал, что если делегации зайдут в тупик, нужна встреча Зеленского и Путина.",
    "Зеленський заявив, що якщо делегації нічого не вирішать, потрібна зустріч лідерів.",
    # what the leaders themselves must settle is no work the experts must do first
    "Умеров сказал, что вопрос территорий на встрече Зеленского и Путина должны решить именно лидеры, по словам "
    "переговорщиков.",
    "Умєров сказав, що питання територій мають вирішити саме лідери на зустрічі Зеленського і путіна, а не делегації.",
])
def test_no_groundwork_where_the_leaders_settle_it_or_the_delegations_fail(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1:3] == ("prerequisite", "expert_groundwork")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "then" marks what comes later: the signatures after the guarantees are no text awaited first
    ('Yermak said of a meeting with Putin: "First the security guarantees, then the signatures."',
     ("UA", "prerequisite", "security_guarantees")),
    ("Ермак сказал о встрече с Путиным: «Сначала гарантии безопасности, потом подписи».",
     ("UA", "prerequisite", "security_guarantees")),
    ("Єрмак сказав про зустріч із путіним: «Спочатку гарантії безпеки, потім підписи».",
     ("UA", "prerequisite", "security_guarantees")),
    ("Ушаков сказал о встрече Путина и Зеленского, что подпись должна быть такой, чтобы её потом никто не оспорил.",
     None),
    ("Ушаков сказав про зустріч Путіна і Зеленського, що підпис має бути таким, щоб його потім ніхто не оскаржив.",
     None),
])
def test_a_signature_said_to_come_then_is_no_text_awaited(sentence: str, expected: tuple[str, str, str] | None) -> None:
    found = {a[:3] for a in read_in_context(sentence)}
    assert not {a for a in found if a[1:] == ("prerequisite", "documents_agreed")}
    assert expected is None or expected in found


@pytest.mark.parametrize("sentence", [
    # the text first, the meeting then: still the text awaited
    "Peskov said the treaty text must be agreed first, and only then can Putin and Zelensky meet.",
    "Песков сказал, что сначала должен быть согласован текст договора, а затем уже встреча Путина и Зеленского.",
    "Пєсков сказав, що спершу має бути узгоджений текст договору, а потім уже зустріч Путіна і Зеленського.",
])
def test_the_text_agreed_first_is_still_awaited(sentence: str) -> None:
    assert ("RU", "prerequisite", "documents_agreed", "assert") in read_in_context(sentence)


@pytest.mark.parametrize("sentence", [
    # the Minsk sequence (the Steinmeier formula: elections in Donbas before the border is handed back) is no
    # condition on who may sign
    "Peskov said of a Putin-Zelensky meeting that Kyiv must keep the sequence of elections before border control, as "
    "the Steinmeier formula says.",
    "Песков сказал о встрече Путина и Зеленского, что Киев должен соблюдать формулу Штайнмайера: выборы до передачи "
    "границы.",
    "Пєсков сказав про зустріч Путіна і Зеленського, що Київ має дотримуватися формули Штайнмаєра: вибори до передачі "
    "кордону.",
])
def test_the_minsk_sequence_of_elections_is_no_legitimacy_condition(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[2] == "legitimate_signatory"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # "the first since 2022": an event told as the first of its kind, no sequence of conditions
    ("Peskov said on the summit of Putin and Zelensky that the negotiators would resume direct talks in Istanbul on "
     "Monday, the first since 2022.", False),
    ("Песков сказал о саммите Путина и Зеленского, что переговорщики возобновят прямые переговоры в Стамбуле в "
     "понедельник, впервые с 2022 года.", False),
    ("Пєсков сказав про саміт Путіна і Зеленського, що переговірники відновлять прямі переговори в Стамбулі в "
     "понеділок, уперше з 2022 року.", False),
    # "first" of a sequence still orders the experts before the summit
    ("Peskov said the experts would have to meet first, before any summit of Putin and Zelensky.", True),
])
def test_the_first_event_of_its_kind_orders_nothing(sentence: str, expected: bool) -> None:
    found = ("RU", "prerequisite", "expert_groundwork", "assert") in read_in_context(sentence)
    assert found is expected


@pytest.mark.parametrize(("text", "expected"), [
    # the reporter's own question, outside any quote, states nothing
    ("Had the Russian leader agreed to sit down with Zelensky? Rubio would not say.", set()),
    ("Согласился ли Путин встретиться с Зеленским? В Кремле не ответили.", set()),
    ("Чи погодився путін зустрітися із Зеленським? У Кремлі не відповіли.", set()),
    # a speaker's own question in his quote is his words (a doubt)
    ('"Is there any point in meeting him? I doubt it," Putin said of Zelensky.', {("RU", "stance", "skeptical")}),
])
def test_the_reporters_question_states_nothing(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert {a[:3] for a in read_in_context(text)} == expected


@pytest.mark.parametrize("sentence", [
    # the leaders' meeting as the only way decisions can be taken: the delegations named after it wait for nothing
    "Київ хоче зустрічі лідерів, адже лише так можна ухвалити рішення, а делегації нічого не вирішують.",
    "Киев хочет встречи лидеров, ведь только так можно принять решения, а делегации ничего не решают.",
    "Kyiv wants a leaders' meeting, since only this way can decisions be taken; the delegations have no mandate.",
])
def test_the_meeting_as_the_only_way_awaits_no_groundwork(sentence: str) -> None:
    assert not {a for a in read_in_context(sentence) if a[1:3] == ("prerequisite", "expert_groundwork")}


@pytest.mark.parametrize(("sentence", "expected"), [
    # the doubt of a kind of meeting (a restrictive clause after the meeting noun) is no doubt of the meeting
    ("Nykyforov added that Zelensky saw little sense in a meeting that left Crimea out.", False),
    ("Никифоров добавил, что Зеленский не видит смысла во встрече, которая обойдёт вопрос Крыма.", False),
    ("Никифоров додав, що Зеленський не бачить сенсу в зустрічі, яка оминатиме питання Криму.", False),
    # the meeting itself doubted, the clause after its people
    ("Песков сказал, что не видит смысла во встрече Путина и Зеленского, которая сейчас невозможна.", True),
])
def test_no_sense_in_a_kind_of_meeting_is_no_doubt_of_the_meeting(sentence: str, expected: bool) -> None:
    found = {a for a in read_in_context(sentence) if a[1:3] == ("stance", "skeptical")}
    assert bool(found) is expected


# a meeting needed to stop the killing or end the war names the meeting's goal, no ceasefire before it; a ceasefire
# asked for first keeps its condition with a purpose after it
@pytest.mark.parametrize(("sentence", "expected"), [
    ('Zelensky said: "A meeting is needed to stop the killing."', False),
    ("Zelensky said a meeting with Putin would be necessary to stop the killing.", False),
    ("Зеленский сказал: «Если нужна встреча, чтобы остановить войну, — я готов».", False),
    ("Зеленський сказав, що зустріч із путіним потрібна, щоб зупинити війну.", False),
    ("Zelensky said he was ready to meet Putin only after a ceasefire, to stop the killing.", True),
    ("Зеленский заявил, что встретится с Путиным только после прекращения огня, чтобы остановить убийства.", True),
    ("Зеленський заявив, що зустрінеться з путіним лише після припинення вогню, щоб зупинити вбивства.", True),
])
def test_a_meeting_to_stop_the_war_asks_no_ceasefire_first(sentence: str, expected: bool) -> None:
    assert (("UA", "prerequisite", "ceasefire", "assert") in read_in_its_language(sentence)) is expected


# readiness that does not wait for the guarantees withdraws them, as it does a ceasefire; refusing without them does not
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said Ukraine was ready to meet Putin without waiting for security guarantees to be finalised.", True),
    ("Зеленский заявил, что Украина готова к встрече с Путиным, не дожидаясь согласования гарантий безопасности.",
     True),
    ("Зеленський заявив, що Україна готова до зустрічі з путіним, не чекаючи остаточного узгодження гарантій безпеки.",
     True),
    ("Zelensky said Ukraine was not ready to meet Putin without security guarantees.", False),
])
def test_readiness_not_waiting_for_guarantees_withdraws_them(sentence: str, expected: bool) -> None:
    assert (("UA", "prerequisite", "security_guarantees", "withdraw") in read_in_its_language(sentence)) is expected


# "встречи без гарантий безопасности не будет": the meeting denied after "without" sets the guarantees
@pytest.mark.parametrize("sentence", [
    "Зеленский заявил, что встречи с Путиным без гарантий безопасности не будет.",
    "Зеленський заявив, що зустрічі з путіним без гарантій безпеки не буде.",
])
def test_no_meeting_without_guarantees_said_after_sets_them(sentence: str) -> None:
    read = read_in_its_language(sentence)
    assert ("UA", "prerequisite", "security_guarantees", "assert") in read
    assert ("UA", "prerequisite", "security_guarantees", "withdraw") not in read


# "not without X" is a refusal that states a condition: "not ready to meet without guarantees", "no meeting without a
# ceasefire", "не раньше, чем ...": the condition is a prerequisite and the refusal gives way to it
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Zelensky said he is not ready to meet Putin without security guarantees.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Umerov said Zelensky would not meet Putin without firm security guarantees from partners.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Yermak said there can be no summit with Putin without security guarantees.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Peskov said Putin is not ready to meet Zelensky without prepared documents.",
     ("RU", "prerequisite", "documents_agreed")),
    ("Lavrov said Putin would not meet Zelensky without thorough work by experts.",
     ("RU", "prerequisite", "expert_groundwork")),
    ("Peskov said a meeting between Putin and Zelensky is possible no earlier than the documents are agreed.",
     ("RU", "prerequisite", "documents_agreed")),
    ("Зеленский заявил, что не готов встречаться с Путиным без гарантий безопасности.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Зеленский заявил, что не сядет за стол с Путиным без гарантий безопасности.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Песков заявил: «Без гарантий безопасности встречи не будет».", ("RU", "prerequisite", "security_guarantees")),
    ("Песков заявил, что Путин не будет встречаться с Зеленским без подготовленных документов.",
     ("RU", "prerequisite", "documents_agreed")),
    ("Песков заявил, что встреча Путина и Зеленского возможна не ранее, чем будут согласованы документы.",
     ("RU", "prerequisite", "documents_agreed")),
    ("Зеленський заявив, що не готовий зустрічатися з путіним без гарантій безпеки.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Зеленський заявив, що без гарантій безпеки зустрічі з путіним не буде.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Зеленський заявив, що не сяде за стіл з путіним без гарантій безпеки.",
     ("UA", "prerequisite", "security_guarantees")),
    ("Пєсков заявив, що путін не зустрічатиметься із Зеленським без підготовлених документів.",
     ("RU", "prerequisite", "documents_agreed")),
    ("Зеленський заявив, що зустріч з путіним можлива не раніше, ніж буде припинення вогню.",
     ("UA", "prerequisite", "ceasefire")),
])
def test_not_without_it_is_a_condition_not_a_refusal(sentence: str, expected: tuple[str, str, str]) -> None:
    read = read_in_its_language(sentence)
    assert (*expected, "assert") in read
    assert (expected[0], "stance", "refuses", "assert") not in read


# the other way: a refusal with no condition stays a refusal ("under any circumstances", "and not without reason"),
# readiness without the condition withdraws it, and "not without intermediaries" asks for no one-on-one meeting
# and is a conditioned willingness (conditions.md: willing "even if conditioned"), no refusal
@pytest.mark.parametrize(("sentence", "expected", "absent"), [
    ("Zelensky said he will not meet Putin under any circumstances.", ("UA", "stance", "refuses", "assert"),
     ("UA", "prerequisite")),
    ("Peskov said Putin will not meet Zelensky, and not without reason.", ("RU", "stance", "refuses", "assert"),
     ("RU", "prerequisite")),
    ("Zelensky said he is ready to meet Putin without security guarantees.",
     ("UA", "prerequisite", "security_guarantees", "withdraw"), ("UA", "format")),
    ("Zelensky said he does not want to meet Putin without intermediaries.", ("UA", "stance", "willing", "assert"),
     ("UA", "format")),
    ("Зеленский заявил, что ни при каких обстоятельствах не будет встречаться с Путиным.",
     ("UA", "stance", "refuses", "assert"), ("UA", "prerequisite")),
    ("Песков заявил, что Путин не будет встречаться с Зеленским, и не без причины.",
     ("RU", "stance", "refuses", "assert"), ("RU", "prerequisite")),
    ("Зеленский заявил, что готов встретиться с Путиным без гарантий безопасности.",
     ("UA", "prerequisite", "security_guarantees", "withdraw"), ("UA", "format")),
    ("Зеленский заявил, что не хочет встречаться с Путиным без посредников.", ("UA", "stance", "willing", "assert"),
     ("UA", "format")),
    ("Зеленський заявив, що за жодних обставин не зустрічатиметься з путіним.",
     ("UA", "stance", "refuses", "assert"), ("UA", "prerequisite")),
    ("Пєсков заявив, що путін не зустрічатиметься із Зеленським, і не без причини.",
     ("RU", "stance", "refuses", "assert"), ("RU", "prerequisite")),
    ("Зеленський заявив, що готовий зустрітися з путіним без гарантій безпеки.",
     ("UA", "prerequisite", "security_guarantees", "withdraw"), ("UA", "format")),
    ("Зеленський заявив, що не хоче зустрічатися з путіним без посередників.", ("UA", "stance", "willing", "assert"),
     ("UA", "format")),
])
def test_a_refusal_without_a_condition_stays_one(sentence: str, expected: Assertion, absent: tuple[str, str]) -> None:
    read = read_in_its_language(sentence)
    assert expected in read
    assert not {a for a in read if a[:2] == absent}


# "would not meet him before the treaty is agreed" is "only after it": the text comes first; "settled before the
# treaty is signed" (something else first, no meeting denied) still awaits no text
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Peskov said Putin would not meet Zelensky before a peace treaty is agreed.", True),
    ("Zelensky said he would not meet Putin before the final text of the agreement is ready.", True),
    ("Ushakov said Putin will not meet Zelensky before a peace agreement is fully agreed.", True),
    ("Песков заявил, что Путин не будет встречаться с Зеленским до того, как будет согласован мирный договор.", True),
    ("Пєсков заявив, що путін не зустрічатиметься із Зеленським до того, як буде узгоджено мирний договір.", True),
    ("Peskov said the question of territories has to be solved before any treaty is signed.", False),
    ("Peskov said the meeting should take place before a peace deal is signed, not after.", False),
])
def test_no_meeting_before_the_text_awaits_the_text(sentence: str, expected: bool) -> None:
    read = read_in_its_language(sentence)
    assert any(a[1:] == ("prerequisite", "documents_agreed", "assert") for a in read) is expected


# A meeting refused "without mediators" is asked with them: no one-on-one format; a meeting "without mediators" is one
@pytest.mark.parametrize(("sentence", "one_on_one"), [
    ("Putin would not meet Zelensky without mediators present.", False),
    ("Путин не будет встречаться с Зеленским без посредников.", False),
    ("Путін не зустрічатиметься із Зеленським без посередників.", False),
    ("Putin would meet Zelensky without mediators.", True),
    ("Путин готов встретиться с Зеленским без посредников.", True),
    ("Путін готовий зустрітися із Зеленським без посередників.", True),
])
def test_a_meeting_refused_without_mediators_is_no_one_on_one(sentence: str, one_on_one: bool) -> None:
    assert (("RU", "format", "one_on_one", "assert") in read_in_its_language(sentence)) is one_on_one


# A neutral place to meet is no demand that Ukraine be neutral ("somewhere neutral"); a neutral state still is one
@pytest.mark.parametrize(("sentence", "demand"), [
    ("Zelensky said he would meet Putin only somewhere neutral.", False),
    ("Yermak said a meeting could take place anywhere neutral, but not in Moscow.", False),
    ("Sybiha said a neutral spot would be found for the two presidents to meet.", False),
    ("Peskov said Ukraine must become a neutral state before any meeting.", True),
])
def test_a_neutral_place_is_no_neutrality_demand(sentence: str, demand: bool) -> None:
    assert any(kind == "demand" and value == "neutrality" for _, kind, value, _ in read_in_context(sentence)) is demand


# "will not take place earlier than X", «не состоится раньше, чем ...», «не відбудеться раніше, ніж ...»: a time or a
# condition before the meeting, no refusal of it (UNTIL); a plain "will not take place" still refuses
@pytest.mark.parametrize(("sentence", "refused"), [
    ("Zelensky said he will not meet Putin sooner than the war ends.", False),
    ("Peskov said a meeting between Putin and Zelensky would not take place any earlier than the delegations finish "
     "their work.", False),
    ("Песков заявил, что встреча Путина и Зеленского не состоится раньше, чем будут готовы документы.", False),
    ("Пєсков заявив, що зустріч путіна і Зеленського не відбудеться раніше, ніж будуть готові документи.", False),
    ("Zelensky said he will not meet Putin.", True),
    ("Песков заявил, что встречи Путина и Зеленского не будет, как и говорили раньше.", True),
])
def test_not_sooner_than_is_no_refusal(sentence: str, refused: bool) -> None:
    read = read_in_its_language(sentence)
    assert any(a[1:3] == ("stance", "refuses") for a in read) is refused


# (h_u8x, unseen7 by families) "first quiet, then the leaders": quiet on the front («тиша», «тишина», "silence on the
# front") is the ceasefire asked first; a silence that is no one's front ("answered with silence") asks nothing
_U8X_CONTEXT = {"de": "Ein Treffen zwischen Wladimir Putin und Wolodymyr Selenskyj wird vorbereitet.",
                "fr": "Une rencontre entre Vladimir Poutine et Volodymyr Zelensky se prépare."}


@pytest.mark.parametrize(("sentence", "ceasefire"), [
    ("Сибіга сказав журналістам: «Спочатку тиша на всій лінії фронту, а вже потім зустріч президентів».", True),
    ("Ермак сказал: «Сначала тишина, потом переговоры лидеров».", True),
    ("Yermak said: \"First silence on the front line, then the leaders can talk.\"", True),
    ("Пєсков відповів тишею на запитання про зустріч путіна і Зеленського.", False),
    ("Песков ответил на вопрос о встрече Путина и Зеленского молчанием, в зале повисла тишина.", False),
])
def test_quiet_first_is_the_ceasefire(sentence: str, ceasefire: bool) -> None:
    assert any(a[1:3] == ("prerequisite", "ceasefire") for a in read_in_its_language(sentence)) is ceasefire


# (h_u8x) German: "schrittweise, von der Expertenebene an" prepares the summit from below (groundwork); a constitution
# that "forbids" ceding land (verbieten, as the English "forbid") and the zu-infinitive "abzutreten" refuse concessions
@pytest.mark.parametrize(("sentence", "expected", "found"), [
    ("Lawrow sagte, ein Gipfel müsse schrittweise von den Experten vorbereitet werden.",
     ("RU", "prerequisite", "expert_groundwork"), True),
    ("Lawrow sagte, ein Treffen der Präsidenten sei erst nach der Arbeit auf Expertenebene sinnvoll.",
     ("RU", "prerequisite", "expert_groundwork"), True),
    ("Selenskyj sagte, das Gesetz verbiete ihm, Gebiete abzutreten.", ("UA", "demand", "no_territorial_concessions"),
     True),
    ("Selenskyj sagte, die Ukraine sei nicht bereit, Gebiete abzutreten.",
     ("UA", "demand", "no_territorial_concessions"), True),
    # a demand to cede is no refusal to
    ("Lawrow sagte, die Ukraine müsse die Gebiete im Donbass abtreten.", ("UA", "demand", "no_territorial_concessions"),
     False),
    ("Selenskyj sagte, die Experten hätten schrittweise den Gefangenenaustausch vorbereitet.",
     ("UA", "prerequisite", "expert_groundwork"), False),
])
def test_german_groundwork_and_concessions(sentence: str, expected: tuple[str, str, str], found: bool) -> None:
    got = {a[:3] for a in read(f"{_U8X_CONTEXT['de']}\n\n{sentence}")}
    assert (expected in got) is found


# (h_u8x) a rule for any meeting ("any contacts of the leaders must be prepared carefully") offers none: no stance;
# the meeting itself being prepared is still one
@pytest.mark.parametrize(("sentence", "willing"), [
    ("Лавров заявив: «будь-які контакти лідерів треба готувати дуже ретельно».", False),
    ("Лавров заявил, что любые контакты первых лиц нужно готовить заранее и тщательно.", False),
    ("Lavrov said any summit had to be prepared by the foreign ministries well in advance.", False),
    ("Песков заявил, что встреча Путина и Зеленского готовится.", True),
    ("Пєсков заявив, що зустріч путіна і Зеленського готується.", True),
])
def test_a_rule_for_any_meeting_offers_none(sentence: str, willing: bool) -> None:
    assert any(a[1:3] == ("stance", "willing") for a in read_in_its_language(sentence)) is willing


# (h_u8x) waiting until the other side changes its position is a doubt of the meeting on the present terms; not
# waiting is none, and waiting for a step of the work is no doubt
@pytest.mark.parametrize(("sentence", "skeptical"), [
    ("Пєсков сказав журналістам, що Кремль зачекає, поки Київ перегляне свою позицію.", True),
    ("Песков сказал, что Москва будет ждать, пока украинское руководство одумается.", True),
    ("Peskov said the Kremlin was prepared to wait until Kyiv came to its senses and changed course.", True),
    ("Зеленський заявив, що не чекатиме, поки путін змінить позицію.", False),
    ("Песков сказал, что Москва подождёт, пока делегации закончат работу над документом.", False),
])
def test_waiting_for_a_change_of_position_is_a_doubt(sentence: str, skeptical: bool) -> None:
    assert any(a[1:3] == ("stance", "skeptical") for a in read_in_its_language(sentence)) is skeptical


# (h_u8x) a leader who stays away from a delegations' round held somewhere, a delegation sent in his place, refuses
# no venue of the leaders' meeting; a refusal to go there for that meeting still does
@pytest.mark.parametrize(("sentence", "refused"), [
    ("Песков подтвердил, что Путин не поедет в Стамбул, а российскую делегацию вновь возглавит Мединский.", False),
    ("Ушаков заявив, що путін не поїде до Стамбула, делегацію очолить Мединський.", False),
    ("Зеленський заявив, що не поїде до Москви на зустріч із путіним.", True),
    ("Зеленский заявил, что не поедет в Москву ни при каких условиях.", True),
])
def test_staying_away_from_the_delegations_round_refuses_no_venue(sentence: str, refused: bool) -> None:
    assert any(a[1] == "venue" and a[2].startswith("not_") for a in read_in_its_language(sentence)) is refused


# (h_u8x) a speech verb that holds its own "that" («допустил, что») after a long title reports the short clause
# after it, not the title before it; a closing attribution still takes the words before it
@pytest.mark.parametrize(("sentence", "expected"), [
    ("Советник главы офиса президента Украины Михаил Подоляк допустил, что встреча пройдёт в Турции.",
     ("UA", "venue", "turkey")),
    ("Пресс-секретарь президента России Дмитрий Песков допустил, что встреча может пройти в Минске.",
     ("RU", "venue", "minsk")),
    ("Встреча президентов возможна в Турции, сказал советник главы офиса президента Украины Михаил Подоляк.",
     ("UA", "venue", "turkey")),
])
def test_a_verb_with_its_own_that_reports_what_follows(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in {a[:3] for a in read_in_its_language(sentence)}


def test_frames_are_one_per_combination_of_flags() -> None:
    """(h_perf8) `frames` answers with a shared `Frames` per combination of its flags: equal to the one `Frames`
    builds from them, field by field, and the same object each time."""
    from dataclasses import astuple
    from itertools import product

    from extractors.conditions import Frames, _frames

    for flags in product((False, True), repeat=8):
        shared = _frames(*flags)
        assert shared == Frames(*flags) and astuple(shared) == flags and shared is _frames(*flags)
    assert _frames(False, False, False, False) == Frames(False, False, False, False)


# ---------------------------------------------------------------- (h_chg3) a value its party seldom states


def _confidence(sentence: str, party: str, value: str) -> float:
    statements = READER.extract(ArticleText("t", f"{CONTEXT}\n\n{sentence}", published=ARTICLE_DATE))
    return max(c.confidence for st in statements for c in st.conditions if (c.party, c.value) == (party, value))


def test_a_value_its_party_seldom_states_is_kept_below_the_alert_threshold() -> None:
    """Kyiv's "skeptical" is kept but under the default alert threshold (conditions.toml `[seldom]`): it moves no
    position, so a misreading makes neither its own alert nor the alert of the return to "willing"."""
    from extractors.reader import SELDOM_CONFIDENCE

    assert _confidence("Zelensky said a meeting with Putin would change nothing right now.", "UA",
                       "skeptical") <= SELDOM_CONFIDENCE < 0.5
    assert _confidence("Peskov said a meeting with Zelensky would change nothing right now.", "RU", "skeptical") >= 0.5


def _confidence_at(reader: StatementExtractor, sentence: str, party: str, value: str) -> float:
    statements = reader.extract(ArticleText("t", f"{CONTEXT}\n\n{sentence}", published=ARTICLE_DATE))
    return max(c.confidence for st in statements for c in st.conditions if (c.party, c.value) == (party, value))


@pytest.mark.parametrize("threshold", [0.3, 0.45, 0.5, 0.7])
def test_a_seldom_value_stays_under_the_configured_alert_threshold(threshold: float) -> None:
    """The `[seldom]` cap follows `reading.min_confidence`: a user who alerts from 0.3 does not get Kyiv's misread
    "skeptical" back; the reading is still kept, and Moscow's own "skeptical" is read as sure as before."""
    from extractors.default import default_extractor

    reader = default_extractor(threshold)
    uk = _confidence_at(reader, "Zelensky said a meeting with Putin would change nothing right now.", "UA", "skeptical")
    assert 0 < uk < threshold
    ru = "Peskov said a meeting with Zelensky would change nothing right now."
    assert _confidence_at(reader, ru, "RU", "skeptical") == _confidence_at(READER, ru, "RU", "skeptical")


def test_the_seldom_cap_is_under_the_threshold_and_never_negative() -> None:
    from extractors.reader import SELDOM_CONFIDENCE, seldom_cap

    assert seldom_cap(0.5) == SELDOM_CONFIDENCE == seldom_cap(0.9)
    assert seldom_cap(0.3) == 0.29
    assert seldom_cap(0.0) == 0.0  # at 0 every reading alerts: nothing to stay under


def test_the_emit_floor_follows_a_lower_threshold_and_never_rises() -> None:
    """Lowering `reading.min_confidence` stores the readings just under it; raising it stores no less."""
    from extractors.reader import EMIT_FLOOR, emit_floor

    assert emit_floor(0.5) == EMIT_FLOOR == emit_floor(0.7) == emit_floor(1.0)
    assert emit_floor(0.3) == 0.25
    assert emit_floor(0.0) == 0.0


def test_a_seldom_value_under_a_lower_threshold_keeps_its_surest_reading() -> None:
    """Two readings of Kyiv's "skeptical" capped alike at 0.3: the one read surer is kept (its rule and words), as
    at the default, not the one that only the lower floor lets in."""
    from extractors.default import default_extractor

    sentence = "Zelensky said a meeting with Putin would change nothing right now."
    rules = {t: {c.rule for st in default_extractor(t).extract(ArticleText(
        "t", f"{CONTEXT}\n\n{sentence}", published=ARTICLE_DATE)) for c in st.conditions} for t in (0.3, 0.5)}
    assert rules[0.3] == rules[0.5] == {"stance.pointless"}


def test_the_monitoring_pass_reads_for_its_alert_threshold() -> None:
    """The flow's reader is built for the configured threshold, as `summitwatch evaluate` is."""
    from flows.monitor import OnDemandExtractor

    sentence = "Zelensky said a meeting with Putin would change nothing right now."
    assert _confidence_at(OnDemandExtractor(0.3), sentence, "UA", "skeptical") < 0.3


def test_kyivs_and_a_hosts_need_of_preparation_is_kept_below_the_alert_threshold() -> None:
    """(h_alerts27) "the meeting requires thorough preparation" is Moscow's term; said by Kyiv it is kept, under the
    alert threshold (calibration.toml pinned `[[cap]]`s); a host's sets no step at all (h_prereq27); Moscow's alerts."""
    from extractors.reader import SELDOM_CONFIDENCE

    host = READER.extract(ArticleText(
        "t", f"{CONTEXT}\n\nMerz said a meeting between Putin and Zelensky requires thorough preparation.",
        published=ARTICLE_DATE))
    assert not [c for st in host for c in st.conditions if c.party == "MEDIATOR"]
    assert _confidence("Zelensky said a meeting with Putin requires thorough preparation.", "UA",
                       "expert_groundwork") <= SELDOM_CONFIDENCE
    assert _confidence("Peskov said a meeting between Putin and Zelensky requires thorough preparation.", "RU",
                       "expert_groundwork") >= 0.5


def test_pinned_caps_survive_a_rewrite_of_the_measured_caps() -> None:
    """(h_alerts27) `python -m extractors.calibrate --caps` rewrites the measured caps and keeps the pinned ones."""
    from extractors.calibrate import pinned_caps

    text = '[[cap]]\nparty = "RU"\nrule = "stance.propose"\n\n[[cap]]\nparty = "UA"\nrule = "x.y"\npinned = "why"\n'
    assert pinned_caps(text) == '[[cap]]\nparty = "UA"\nrule = "x.y"\npinned = "why"\n'
