"""English rules: VADER's lexicon (MIT) extended with arts-audience talk.

The additions and overrides below were written for Foyer by its authors from how audiences
write about shows (valences on VADER's -4..+4 scale); they are not copied from any lexicon.
"""

from __future__ import annotations

from functools import cache

from enrichment.lexicons import vader
from enrichment.lexicons.wordlists import parse_entries
from enrichment.rules import LanguageRules, build_phrases

# Words whose VADER valence is wrong for arts talk, and arts words VADER lacks.
ARTS_WORDS = """
haunting 1.8|gripping 2.2|riveting 2.5|mesmerising 2.6|mesmerizing 2.6|spellbinding 2.8
electrifying 2.8|sublime 2.8|transcendent 2.6|unmissable 2.8|must-see 2.6|masterful 2.8
moving 1.6|poignant 1.5|devastating 1.2|heartbreaking 0.6|tearjerker 2.0|tear-jerker 2.0
cried 0.8|cry 0.4|crying 0.6|tears 0.6|sobbing 0.8|wept 1.0|weeping 0.8|sobbed 1.0
goosebumps 2.4|chills 1.8|spine-tingling 2.6|stellar 2.8|phenomenal 3.0|sensational 2.8
exquisite 2.8|virtuoso 2.4|inventive 2.0|witty 2.0|uplifting 2.5|joyous 2.6|heartwarming 2.5
heart-warming 2.5|thought-provoking 2.0|captivating 2.6|enthralling 2.6|dazzling 2.6
spectacular 2.8|incredible 2.8|unforgettable 2.6|bravo 2.6|brava 2.6|bravissimo 2.8
encore 1.4|ovation 2.4|slay 2.4|slayed 2.5|slays 2.4|banger 2.0|iconic 2.2|unreal 2.0
obsessed 1.8|insane 1.2|epic 2.4|seamless 2.0|slick 1.4|smooth 1.0|welcoming 2.0
accommodating 1.8|attentive 1.8|knowledgeable 1.6|polished 1.6|tight 0.5|immersive 2.0
stunning 2.6|breathtaking 2.8|wonderful 2.7|magical 2.6|hilarious 2.2|heavenly 2.6
overpriced -2.3|overlong -1.8|long-winded -1.8|tedious -2.2|underwhelming -2.1
underwhelmed -2.1|forgettable -1.8|lacklustre -2.1|lackluster -2.1|wooden -1.6|flat -0.8
cramped -1.9|stuffy -1.5|sweltering -1.6|freezing -1.2|unhelpful -1.9|overcrowded -1.6
chaotic -1.6|shambles -2.6|shambolic -2.6|mediocre -1.9|meh -1.2|pretentious -1.6
self-indulgent -1.8|dragged -1.5|drags -1.4|muffled -1.9|inaudible -2.1|tinny -1.5
deafening -1.4|filthy -2.5|extortionate -2.6|rip-off -2.6|ripoff -2.6|pricey -1.2
queue -0.6|queues -0.8|queueing -0.8|queuing -0.8|crashed -1.8|glitchy -1.8|buggy -1.6
obstructed -1.8|uncomfortable -1.8|unprofessional -2.2|disorganised -2.0|disorganized -2.0
confusing -1.4|cancelled -1.6|canceled -1.6|refund -0.4|dreadful -2.8|dire -2.4
snoozefest -2.4|yawn -1.2|cringe -1.8|cringey -1.8|cringy -1.8|amateurish -2.1
unintelligible -2.0|shrill -1.4|dated -1.0|clunky -1.6|messy -1.4|sticky -0.8
unacceptable -2.4|disgrace -2.8|appalling -2.9|atrocious -3.0|abysmal -3.0
magic 2.4|handy 1.6|omg 1.2|play 0|plays 0|tragedy 0|comedy 0.6|farce 0|horror 0|thriller 0
fire 1.0|dark 0|tense 0.5|intense 1.0|gasp 1.0|bonkers 1.2|cheese 0.5|cheesy -0.5
kicked -1.6|rushed -1.4|refused -1.8|ignored -1.8|unanswered -1.8|overhang -0.6|pillar -1.0
lecture -1.0|advertised 0|shushed -1.2|drags -1.6|talky -1.4|shouty -1.6|nodded -0.6
gripped 2.2|hooked 1.8|gorgeous 2.8|adorable 2.6|exhausted -0.6|carnage 0|scream 0
screaming 0|erupted 1.8|jaw-dropping 2.8|jawdropping 2.8|phenomenal 3.0|bored -2.0
snooze -2.0|overrated -2.2|overhyped -2.2|clunky -1.6|sluggish -1.6|mess -1.8|messy -1.6
shambles -2.6|freezing -1.4|boiling -1.2|stuffy -1.6|sweaty -1.2|broken -1.8|closed -0.8
crashing -1.8|crashes -1.8|kicked -1.6|stuck -1.2|nobody -0.6|no-one -0.6|charged -0.8
unhelpful -2.0|useless -2.2|pointless -2.0|zero 0|flawless 2.8|faultless 2.8|spotless 2.0
seamless 2.2|effortless 2.0|gem 2.6|treat 1.8|delight 2.6|delightful 2.8|unmissable 2.8
showstopper 2.6|show-stopper 2.6|show-stopping 2.4|stunner 2.4|knockout 2.2|revelation 2.2
luminous 2.2|sumptuous 2.4|lush 1.8|exhilarating 2.6|side-splitting 2.6|giggling 1.6
howling 1.2|spellbound 2.6|transfixed 2.2|engrossing 2.4|absorbing 2.0|compelling 2.2
heart-wrenching 1.2|gut-wrenching 0.8|emotional 1.0|raw 0.6|visceral 1.4|electric 2.2
buzzing 1.8|enchanting 2.6|feel-good 2.4|heartfelt 2.2|beautifully 2.4|gorgeously 2.4
stunningly 2.6|sublimely 2.6|brilliantly 2.6|wonderfully 2.6|exquisitely 2.6|masterclass 2.8
world-class 2.6|top-notch 2.6|first-rate 2.4|legend 2.2|legends 2.2|icon 1.8|ace 2.0
cracking 2.2|smashing 2.0|belter 2.2|chuffed 2.0|gutted -2.2|slog -2.2|drag -1.6
bloated -1.8|incoherent -2.0|muddled -1.8|baffling -1.4|lifeless -2.2|soulless -2.2
stilted -1.8|hammy -1.4|miscast -2.0|pitchy -1.8|off-key -1.8|half-empty -1.0
squashed -1.6|numb -1.2|aching -1.4|backache -1.4|craning -1.4|blocked -1.4|obscured -1.6
grumpy -1.8|snotty -2.0|dismissive -2.0|patronising -2.0|patronizing -2.0
condescending -2.0|unfriendly -2.0|queued -0.8|postponed -1.2|smelly -2.0|stank -2.2
letdown -2.2|shouted -1.2|stale -1.4|soggy -1.4|lukewarm -1.0|warm 0.8|engaging 2.2
"""

ARTS_PHRASES = """
killed it 2.8|killing it 2.8|kills it 2.6|smashed it 2.6|nailed it 2.6|nailed the 2.0
brought the house down 3.0|bring the house down 3.0|brings the house down 3.0
standing ovation 3.0|standing ovations 3.0|on our feet 1.6|on my feet 1.6
tear jerker 2.0|made me cry 2.0|in tears 1.4|sold out 1.6|sell out 1.4|sold-out 1.6
walked out -2.8|walk out -2.6|walking out -2.6|left at the interval -2.8
left at interval -2.8|left at half time -2.6|left during the interval -2.8
couldn't hear -2.5|could not hear -2.5|couldnt hear -2.5|can't hear -2.3|cant hear -2.3
couldn't see -2.3|could not see -2.3|couldnt see -2.3|can't see -2.0|cant see -2.0
hard to hear -2.0|hard to see -1.8|restricted view -1.6|obstructed view -2.0
waste of money -3.0|waste of time -3.0|not worth -2.0|save your money -2.6
don't bother -2.2|dont bother -2.2|could have been better -1.5|could've been better -1.5
should have been better -1.5|expected more -1.6|expected better -1.6|hoped for more -1.6
wanted to love -1.6|wanted to like -1.6|fell flat -2.2|falls flat -2.2|no atmosphere -1.8
rip off -2.6|ripped off -2.6|thanks for nothing -2.6|yeah right -2.0|what a joke -2.6
not for me -1.5|five stars 2.6|5 stars 2.6|5/5 2.6|10/10 2.8|one star -2.4|1 star -2.4
1/5 -2.4|two stars -1.2|2 stars -1.2|2/5 -1.2|four stars 2.0|4 stars 2.0|4/5 2.0
must see 2.6|highly recommend 2.9|worth every penny 2.9|worth it 1.9|worth the wait 2.1
blew me away 3.0|blown away 3.0|took my breath away 3.0|edge of my seat 2.6
edge of our seats 2.6|laughed out loud 2.6|laughed so hard 2.6|couldn't fault 2.6
can't fault 2.6|cannot fault 2.6|no complaints 2.0|too long -1.6|too loud -1.9
too hot -1.6|too cold -1.6|too expensive -2.1|so expensive -1.8|very expensive -1.9
long queue -1.6|long queues -1.7|for ages -0.9|on hold -1.2|stuck in traffic -1.6
oh great -1.4|love waiting -2.0|loved waiting -2.0|love queuing -2.0|love queueing -2.0
the shit 3.0|the bomb 3.0|to die for 3.0|bad ass 1.5|kiss of death -1.5|bus stop 0.0
break a leg 2.0|house down 2.0|not bad 1.2|not the best -1.2|nothing special -1.6
thank you 2.2|waste of -2.4|not in a good way -2.2|in a good way 1.8|what more could 2.0
nothing says -1.5|ah yes -1.2|never caught fire -2.0|fire alarm -1.5|tram stop 0|stop right 0
no idea what -1.2|left feeling nothing -2.2|feeling nothing -2.0|never again -2.6
not what was advertised -2.2|kicked me out -2.4|kicked out -2.2|wouldn't let -1.8
would not let -1.8|no reply -1.8|no response -1.8|still waiting -1.8|do the maths -1.4
charged twice -2.4|what a song 2.4|what a show 2.6|what a night 2.6|what a cast 2.6
gets me every time 2.4|every time 0.5|so good 2.4|go see it 2.2|go see 1.8|bold choice -1.2
stole the show 2.6|steals the show 2.6|tour de force 2.8|belly laughs 2.2|in stitches 2.4
crying with laughter 2.6|cried with laughter 2.6|well acted 2.2|well done 2.2|well worth 2.4
worth seeing 2.2|worth a watch 1.8|go and see 2.2|book now 1.8|can't recommend enough 3.0
cannot recommend enough 3.0|can't recommend it enough 3.0|can't wait 2.0|cant wait 2.0
couldn't stop laughing 2.6|couldn't take my eyes off 2.6|didn't want it to end 2.6
not a dry eye 2.4|no weak links 2.6|hats off 2.2|spot on 2.2|on point 2.0|out of tune -2.0
no legroom -2.0|no leg room -2.0|hung up -2.2|no answer -1.8|never answered -2.0
late start -1.4|started late -1.6|daylight robbery -2.8|hidden fees -2.2|booking fee -0.8
booking fees -0.8|no refund -2.2|out of order -1.8|let down -2.2|let us down -2.2
sticky floors -1.5|sticky floor -1.5|forgot their lines -1.6|dragged on -2.0|drags on -2.0
never again -2.6|never going back -2.6|never be back -2.6|won't be back -2.6|won't be returning -2.6
"""

CONTRAST = frozenset({"but", "however"})
SARCASM = frozenset({"/s", "#sarcasm", "#not", "🙃"})


@cache
def rules() -> LanguageRules:
    from spacy.lang.en.stop_words import STOP_WORDS

    lexicon = dict(vader.word_lexicon())
    lexicon.update(vader.emoji_valences())
    lexicon.update(parse_entries(ARTS_WORDS))
    phrases = dict(vader.SPECIAL_CASES)
    phrases.update(parse_entries(ARTS_PHRASES))
    unnegatable = vader.emoticons() | frozenset(vader.emoji_valences())
    return LanguageRules(
        lexicon=lexicon,
        phrases=build_phrases(phrases.items(), "en"),
        boosters=vader.BOOSTERS,
        negators=vader.NEGATE | {"least"},
        contrast=CONTRAST,
        unnegatable=unnegatable,
        sarcasm=SARCASM,
        stop_words=frozenset(STOP_WORDS),
    )
