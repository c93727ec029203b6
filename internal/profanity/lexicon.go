package profanity

// The lexicon below is written by the Bedside project. Severities follow the
// four broadcast-standards bands used by UK and US regulators' audience research:
//
//   - mild: everyday expletives most audiences tolerate (damn, crap, hell).
//   - moderate: coarse but common (ass, bitch, shit, piss, bollocks).
//   - strong: sexual and aggressive vulgarity (fuck, cock, twat, wanker, whore).
//   - severe: the most offensive words and every identity slur (cunt,
//     motherfucker, racial, homophobic and ableist slurs).
//
// Each line is: canonical severity [flags] : forms...
// A form ending in "+" expands into the usual inflections (s, es, ed, er, ers,
// ing, in, y). Flags:
//
//   - name: the word is also a first name, surname or place ("Dick", "Cock" in
//     "Hancock" is already safe as a whole word, but "Dick Smith" is not), so a
//     Title-case occurrence is never flagged.
//   - ctx: the word has an innocent everyday or clinical sense ("a finger
//     prick", "a chink in the curtain"), so it is flagged only after an
//     insulting lead-in such as "you", "what a", "such a", "total".
//   - stem: the canonical word may also appear glued to other parts of a
//     compound ("fuckwit", "shitbag", "cuntface"); see compound.go.
const lexiconText = `
damn mild : damn damned dammit damnit goddamn goddamned goddam goddamnit godamn
hell mild : hell hellish hellhole
crap mild stem : crap+ crapped crappy crapper crapola
bugger mild : bugger+ buggered buggery
sod mild ctx : sod sodding
arse moderate stem : arse+ arsed arses arsewipe
ass moderate name stem : ass
asshole strong : asshole assholes arsehole arseholes
ass moderate : asshat asshats asswipe asswipes assclown jackass jackasses dumbass dumbasses smartass fatass badass kickass lardass assface asshead asslick asslicker asskisser assbag asscrack assfucker assmunch
bitch moderate stem : bitch bitches bitchy bitchin bitching bitched sonofabitch biatch biotch beyotch
bastard moderate : bastard+ bastards bastardo
piss moderate stem : piss+ pissed pisser pissing pisshead pissoff pisspot pisstake
shit moderate stem : shit+ shits shitty shitting shitted shitter shite shat bullshit+ bullshitter bullshitting horseshit dipshit shithead shitheads shithole shitholes shitload shitloads batshit apeshit chickenshit shitface shitfaced shitbag shitstain shitshow shitstorm shitcan shitbird shithouse shitlist shiz shizzle sheeit sheit
bollocks moderate : bollocks bollock bollocking bollox
tits moderate : tits titty titties tittie boobies
boobs mild : boob boobs booby
craphole mild : craphole
douche moderate stem : douche douchebag douchebags douchey douchecanoe
jerkoff moderate : jerkoff jerkoffs
turd moderate stem : turd+ turds
butthole mild : butthole buttholes butthead buttheads buttface buttfuck buttfucker buttplug buttplugs
skank moderate : skank+ skanky skanks
slag moderate ctx : slag slags
tosser strong : tosser+ tossers
knob moderate ctx : knob knobs
knobhead moderate : knobhead knobheads knobend knobjockey
bellend strong : bellend bellends
minge strong : minge
munter moderate : munter
pillock mild : pillock+
prat mild ctx : prat
git mild ctx : git
twit mild ctx : twit
dick strong name ctx stem : dick dicks
dickhead strong : dickhead dickheads dickface dickwad dickweed dickbag dickish dickhole dicksucker dicksucking dickless dickwod
cock strong name ctx stem : cock cocks
cocksucker strong : cocksucker+ cocksuckers cocksucking cockface cockhead cockmunch cockmuncher cockwomble cocklicker cockknocker
prick strong ctx : prick pricks
pussy strong stem : pussy pussies pussys
twat strong stem : twat+ twats twatty twatwaffle
wanker strong stem : wank+ wanker wankers wanking wanked wanky wankstain
whore strong stem : whore+ whores whorehouse whoring whorish
hoe strong ctx : hoe hoes
slut strong stem : slut+ sluts slutty slutbag
cum strong name stem : cum cummed
cum strong : cumshot cumshots cumslut cumdump cumbucket cumguzzler
jizz strong : jizz jizzed jizzing jism jizm
spunk moderate ctx : spunk
dildo strong : dildo dildos
blowjob strong : blowjob blowjobs bj handjob handjobs rimjob rimjobs footjob titjob titfuck titfucking boobjob
porn strong : porn porno pornography pornographic
fuck strong stem : fuck+ fucks fucked fucker fuckers fucking fuckin fuckup fuckups fuckhead fuckheads fuckface fuckwit fuckwits fucktard fuckboy fuckall fuckoff fuckery fuckton fuckbag fucknut fucknugget fuckstick fugly clusterfuck mindfuck fuk fukk fuked fuker fuking fukin fck fcking fcked fcker fcuk fcuking fooking feck fecking effing frigging friggin phuck phuk phucking phucker fuq fuqing fvck fvcking fxck fxcking f-ing effing effin
motherfucker severe stem : motherfucker motherfuckers motherfucking motherfuckin muthafucka muthafucker mothafucka mothafucker motherfuker mofo
cunt severe stem : cunt+ cunts cunty cunting cuntface cunthole kunt
nigger severe stem : nigger niggers nigga niggas niggaz nigg niggah nigguh niglet sandnigger
negro severe ctx : negro negroes
faggot severe stem : faggot faggots fag fags faggy faggit fagot fudgepacker fudgepackers lezzie lezzy lesbo poofter poofters tranny trannies trannie shemale shemales
dyke severe name : dyke dykes
lesbo severe name : lesbos lez lezz lezzes
homo severe ctx : homo homos poof poofs
queer severe ctx : queer queers
retard severe stem : retard retards tard tards libtard spaz spazz mongoloid mongoloids
retarded severe ctx : retarded mong
spastic severe ctx : spastic
spic severe : spic spics spick wetback wetbacks beaner beaners
chink severe ctx : chink chinks
gook severe : gook gooks chinky slopehead zipperhead
kike severe : kike kikes yid yids heeb
hebe severe name : hebe
paki severe : paki pakis raghead ragheads towelhead towelheads cameljockey
coon severe name : coon coons jigaboo jiggaboo porchmonkey golliwog golliwogs junglebunny
sambo severe name : sambo darkie darky darkies
cracker severe ctx : cracker crackers honky honkey whitey
gypsy severe : gyppo gippo pikey pikeys
wop severe : wop wops dago dagos
redskin severe : redskin redskins injun squaw
cripple severe ctx : cripple
bimbo moderate : bimbo bimbos
paedo strong : paedo paedos pedo pedos
orgy strong : orgy orgies gangbang gangbanged gangbanging bukkake creampie deepthroat
milf strong : milf milfs dilf
boner moderate : boner boners
horny moderate : horny
nutsack strong : nutsack ballsack
schlong strong : schlong schlongs
dong moderate name ctx : dong wang wiener
scumbag moderate : scumbag scumbags
nigga severe stem : nigga
niggah severe stem : niggah
coon severe stem : coon
spic severe name stem : spic
kike severe stem : kike
gook severe stem : gook
fag severe name stem : fag
faggot severe stem : faggot
dyke severe name stem : dyke
homo severe name stem : homo
tard severe name stem : tard
retard severe name stem : retard
jizz strong stem : jizz
bastard moderate stem : bastard
knob moderate name stem : knob
wank strong stem : wank
cum strong name stem : cum
bitch moderate stem : biatch sumbitch
wetback severe : wet-back
junglebunny severe : jungle-bunny
porchmonkey severe : porch-monkey
cameljockey severe : camel-jockey
sandnigger severe : sand-nigger
knobjockey moderate : nob-jockey knob-jockey nobjockey
blowjob strong : blow-job hand-job rim~job
jerkoff moderate : jerk-off jack-off
buttplug strong : butt-plug
motherfucker severe : mother-fucker mutha-fucka
`

// insultLeads are words that, immediately before a ctx word (or before "a",
// "an" or "the" preceding it), make the insulting sense the only plausible
// reading: "you prick", "what a dick", "such a prick", "total cock".
var insultLeads = map[string]bool{
	"you": true, "ya": true, "u": true, "yer": true, "what": true, "such": true,
	"total": true, "absolute": true, "complete": true, "utter": true, "real": true,
	"arrogant": true, "rude": true, "smug": true, "pompous": true, "stupid": true,
	"ignorant": true, "condescending": true, "useless": true, "fat": true, "little": true,
	"lying": true, "miserable": true, "nasty": true, "horrible": true, "dumb": true,
	"right": true, "old": true, "big": true, "bloody": true, "fucking": true, "damn": true,
	"suck": true, "sucking": true, "sucks": true, "my": true, "your": true, "his": true,
}

// slurLeads are the lead-ins of slurs: words aimed at a person ("you
// dirty ...", "fucking ..."), not the exclamations and possessives of
// insultLeads.
var slurLeads = map[string]bool{
	"you": true, "ya": true, "u": true, "yer": true, "ye": true, "youse": true,
	"dirty": true, "filthy": true, "fucking": true, "fuckin": true, "effing": true, "bloody": true,
	"stupid": true, "lazy": true, "dumb": true, "ignorant": true, "ugly": true, "fat": true,
	"smelly": true, "greasy": true, "damn": true, "damned": true, "goddamn": true, "thieving": true,
	"lying": true, "sneaky": true, "disgusting": true, "worthless": true, "typical": true,
}

// innocentNext lists words that, right after a term, show the innocent
// sense: "summa cum laude", "pussy willow", "cock robin". A key may also be
// one spelling of a term, whose list then replaces the term's (so does
// innocentPrev).
var innocentNext = map[string][]string{
	"cum":   {"laude"},
	"horny": {"layer", "layers", "toad", "toads", "scales", "plates"},
	"tit":   {"for"},
	"pussy": {"willow", "willows", "cat", "cats"},
	"cock":  {"robin", "pheasant", "sparrow", "a", "and", "fight", "fighting", "crow", "crows", "crowed"},
	"hoe":   {"handle", "down"},
	// respellings of cock never have the bird's contexts ("cawk and balls")
	"cawk": {}, "cawks": {}, "kawk": {}, "kawks": {},
	"skeet":  {"shooting", "shoot", "shooter", "shooters", "range", "club", "gun", "guns"},
	"spic":   {"and"},
	"faggot": {"and", "in", "with"},
	"dyke":   {"and", "road", "lane", "wall", "dams"},
	"spastic": {"diplegia", "quadriplegia", "hemiplegia", "paraplegia", "tetraplegia", "paresis",
		"tetraparesis", "paralysis", "cerebral", "colon", "bladder", "bowel", "dysphonia", "gait",
		"muscle", "muscles", "leg", "legs", "arm", "arms", "hand", "hands", "foot", "feet", "cough",
		"colitis", "spine", "movements", "type", "cp"},
	"retarded": {"growth", "development", "ejaculation", "healing", "union", "flow"},
	"guinea":   {"pig", "pigs", "fowl", "worm", "hen", "hens", "bissau"},
	"fairy":    {"lights", "light", "tale", "tales", "cake", "cakes", "godmother", "liquid", "dust", "wings", "costume", "garden"},
	"banging":  {"headache", "headaches", "head", "noise", "noises", "sound", "sounds", "door", "doors", "on", "about", "pain", "heart", "in"},
	"boning":   {"knife", "knives"},
	"abo":      {"incompatibility", "incompatible", "compatible", "blood", "group", "groups", "typing", "type", "antibodies", "antibody", "mismatch", "system"},
	"muzzy":    {"head", "headed", "headedness", "feeling", "and", "after", "from", "all", "in"},
	"homo":     {"milk", "sapiens", "erectus", "habilis", "neanderthalensis"},
	"rimmed":   {"glasses", "spectacles", "specs", "eyes", "with", "in"},
	"gimp":     {"leg", "knee", "hip", "arm", "foot", "ankle"},
	"slope":    {"of", "down", "up", "outside"},
	"knob":     {"on", "of", "off", "fell", "broke", "came", "turned"},
	"prick":    {"of", "test", "tests", "testing", "site", "sites", "mark", "marks", "wound", "injury"},
	"jugs":     {"of", "for", "and", "were", "are", "with"},
	"hump":     {"back", "backed", "on", "of", "in", "at"},
	"nip":      {"of", "in", "out", "on", "at", "to", "down", "round", "up", "and"},
	"tart":     {"and", "with", "for", "of", "tin", "shell", "case"},
	// French "en retard de", Spanish "retardo mental", "tardo en llegar"
	"retard":  {"de", "du", "des", "dans", "pour", "sur", "au", "important"},
	"retardo": {"mental", "en", "de", "del", "psicomotor", "escolar"},
	"tardo":   {"en", "mucho", "poco", "unos", "unas", "mas", "menos", "dos", "tres", "media", "horas", "minutos", "una", "un"},
}

// possessiveLeads and ordinaryLeads are the mild lead-ins (possessives and
// everyday adjectives) that many terms share in innocentPrev.
var (
	possessiveLeads = []string{"my", "your", "his", "her", "our", "their"}
	ordinaryLeads   = withLeads(possessiveLeads, "little", "big", "old", "real", "fat")
)

// withLeads is base followed by more lead-ins, in a new slice.
func withLeads(base []string, more ...string) []string {
	return append(append([]string(nil), base...), more...)
}

// innocentPrev lists words that, right before a term, show the innocent
// sense: "magna cum laude", "garden hoe".
var innocentPrev = map[string][]string{
	"cum":    {"summa", "magna"},
	"hoe":    {"garden", "dutch", "a"},
	"tit":    {"blue", "great", "coal", "marsh", "willow", "crested", "tailed", "bearded"},
	"cock":   {"weather", "stop", "ball", "half", "game", "turkey", "woodland"},
	"faggot": {"pork", "brains"},
	"dyke":   {"van", "flood", "sea", "river", "drainage"},
	// Possessives and the mildest lead-ins ("my", "little", "real") are
	// insultLeads, but before these words they keep the ordinary sense:
	// "my rape" is a patient reporting an assault, "a little prick" a
	// needle; "my spastic leg", "my escort", "a real cracker", "feeling a
	// little queer", "a little muzzy".
	"rape":       ordinaryLeads,
	"raping":     ordinaryLeads,
	"rapist":     ordinaryLeads,
	"incest":     ordinaryLeads,
	"sodomy":     ordinaryLeads,
	"gonads":     ordinaryLeads,
	"smegma":     ordinaryLeads,
	"hump":       ordinaryLeads,
	"humped":     ordinaryLeads,
	"escort":     ordinaryLeads,
	"prostitute": ordinaryLeads,
	"handy":      ordinaryLeads,
	"jugs":       {"little", "big", "old", "real", "fat"},
	"knob":       {"old"},
	"cracker":    {"my", "your", "his", "her", "our", "their", "little", "big", "real"},
	"tart":       {"my", "your", "his", "her", "our", "their", "little", "big", "real", "fat"},
	"fairy":      withLeads(ordinaryLeads, "tooth", "sugar"),
	"pansy":      ordinaryLeads,
	"nip":        {"little", "big", "real", "quick"},
	"nips":       {"little", "big", "real", "quick"},
	"slope":      ordinaryLeads,
	"slant":      ordinaryLeads,
	"spook":      ordinaryLeads,
	"spooks":     ordinaryLeads,
	"tinker":     ordinaryLeads,
	"spunk":      {"little", "big", "old", "real", "fat", "some"},
	"spunky":     ordinaryLeads,
	"spastic":    ordinaryLeads,
	"gimp":       possessiveLeads,
	"frig":       ordinaryLeads,
	"bonk":       ordinaryLeads,
	"bonking":    ordinaryLeads,
	"fisted":     {"ham", "tight", "two", "iron", "close", "hard", "red", "mailed"},
	"banging":    ordinaryLeads,
	"mf":         possessiveLeads,
	"muzzy":      withLeads(ordinaryLeads, "bit", "very", "so", "too", "feel", "feeling", "felt", "quite", "slightly", "all", "was", "more"),
	"abo":        possessiveLeads,
	"queer":      withLeads(ordinaryLeads, "bit", "felt", "feel", "feeling", "rather", "quite", "very", "all", "most"),
	"prick":      {"little", "small", "sharp", "slight", "tiny", "quick", "needle", "pin"},
	"rimmed":     {"red", "gold", "wire", "horn", "dark", "black", "metal", "steel", "thick", "thin", "heavy", "silver"},
	"xxx":        withLeads(ordinaryLeads, "dr", "mr", "mrs", "ms", "miss", "nurse", "sister", "doctor"),
	"screwing":   possessiveLeads,
	// the French and Spanish words for delay, late and shower: "en
	// retard", "plus tard", "el retardo", "me tardo", "la douche".
	"retard":  frenchLeads,
	"retards": frenchLeads,
	"tard":    {"plus", "trop", "si", "bien", "assez", "au", "peu", "moins", "aussi", "jamais", "tres"},
	"retardo": {"el", "un", "de", "del", "con", "sin", "o", "do", "um", "em", "gran", "mucho", "poco", "leve", "ligero", "su", "mi"},
	"niquer":  {"pique"},
	"tardo":   {"me", "se", "te", "no", "que", "lo", "ya", "si", "ni"},
	"douche":  withLeads(frenchLeads, "la", "une", "sous", "ma", "sa", "ta", "cette"),
}

// frenchLeads are French determiners and prepositions, which never lead
// into the English slur or insult.
var frenchLeads = []string{"en", "du", "de", "un", "le", "ce", "mon", "son", "ton", "leur", "avec", "sans",
	"gros", "grand", "petit", "quel", "aucun", "beaucoup", "peu", "votre", "notre"}
