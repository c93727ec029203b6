package profanity

import "strings"

// protected are words Find never reports on their own, whatever any word
// list says: anatomy and clinical vocabulary patients need to describe
// their care, identity words, everyday words that only become vulgar in
// some phrases, and a few words that only look like a respelled term
// ("pizza" read as "pissa", the antibiotic "zpak" as "spak", "CoQ-10" as
// "cok"). Profanity lists include many of them (surge-ai rates "anus" and
// "gay" strong); docs/ANALYSIS.md reports recall with and without them so
// the trade-off is visible.
var protected = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`anal anus penis penile vagina vaginal vulva vulval rectal rectum
breast breasts nipple nipples clitoris scrotum scrotal testicle testicles testicular semen sperm
erection erections ejaculation ejaculate orgasm orgasms intercourse masturbate masturbation
masturbating genitals genital sex sexual sexually sexuality gay gays lesbian lesbians homosexual
homosexuals bisexual transgender transvestite trans jew jews jewish muslim muslims black white
gypsy gypsies bum bums butt butts crotch finger fingers suck sucks monkey ape apes bang bangs
tramp snatch diddle molest molested pedophile paedophile cunnilingus fellatio slit period
periods menstrual hymen pubic labia bottom bottoms booty ass-to-mouth klan kkk
pizza pizzas pizzazz zpak zpaks zpack coq`) {
		m[w] = true
	}
	return m
}()

// Protected reports whether Find will never flag word on its own because it
// is clinical, an identity or an everyday word.
func Protected(word string) bool {
	return protected[strings.ToLower(strings.TrimSpace(word))]
}

// Known reports whether word (one word, any case) is in the lexicon, even
// as a word flagged only in an insulting context ("prick", "cock") or only
// when not a name ("Dick"). The measurement harness uses it to tell
// context-dependent words from words Bedside does not know.
func Known(word string) bool {
	w := strings.ToLower(strings.TrimSpace(word))
	w = strings.ReplaceAll(w, "-", "")
	w = strings.ReplaceAll(w, " ", "")
	_, ok := lex.forms[w]
	return ok
}
