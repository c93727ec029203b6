package profanity

import "strings"

// lexiconFirst is compiled before lexicon.go and lexicon_more.go, so its
// flags win where a word appears in several places. Written by the Bedside
// project from general knowledge of English vulgarity; same format as
// lexiconText. It holds the slang vocabulary (sexual anatomy and acts,
// bodily fluids, insults, slurs) that the older tables lacked; compounds
// and inflections of its stems are generated (see generated below and the
// compound analysis in table.go), not listed.
const lexiconFirst = `
cock strong name stem : cock cocks
dick strong name stem : dick dicks dik dikk dck dickk
prick strong ctx stem : prick pricks
honky severe : honky honkey honkie honkies whitey whiteys peckerwood peckerwoods
`

// lexiconCore is compiled after the older tables, so their canonical terms
// and flags win where a word is listed twice.
const lexiconCore = `
* strong : schlong schlongs shlong todger todgers tallywhacker peen peener peenie pecker peckers wang-ctx wanger wangs-ctx weiner wiener wieners-ctx wienie dingus dingdong doinker donger johnson-ctx trouser-snake trousersnake skin-flute skinflute love-muscle meat-stick meatstick man-meat manmeat cocksicle cawk cawks knobend knob-end bellend bellends hardon hardons stiffy stiffie boner boners woody-ctx morning-wood blue-balls blueballs
* strong : ballsack ball-sack ballbag ball-bag nutsack nut-sack nutsacks ballsacks scrote scrotes goolies knackers-ctx cojones nads gonads-ctx bollock bollocks bollox bollix ballz nutz
* strong : pussy pussies pussay pussee pussie pussi pussys puss1 poosy puzzy pusy pussycat-ctx twat twats twatt twot cunny minge minges clunge clunges quim quims cooch coochie coochy cooter cooters poon poontang poonani poonany punani punanni punany pootang vajayjay vajajay vadge hoohaa beef-curtains beefcurtains meat-curtains axewound camel-toe cameltoe cameltoes bearded-clam furburger fur-burger fur-pie furpie hairpie hairpie-ctx pink-taco wizard-sleeve muff-ctx muffs-ctx clit clits clitty clitties fuckhole cumhole cumdumpster cum-dumpster
* strong : tits titty titties tittie titt titts tittys tiddies tiddy boobies boobys booby bazongas bazoongas bazookas-ctx bazoombas funbags fun-bags jugs-ctx knockers-ctx norks baps-ctx chesticles titjob tit-job titwank titfuck tittyfuck titty-fuck 
* strong : bunghole bungholes asscrack ass-crack poop-chute poopchute browneye chocolate-starfish rusty-trombone arsecrack
* strong : fuckbuddy fuck-buddy fuckboy fuckboi fucktoy blowjob blowjobs blow-job blowie blowies beej bj-ctx handjob handjobs hand-job handy-ctx rimjob rimjobs rim~job rimming rimmed-ctx footjob footjobs foot-job jerkoff jerk-off jerkoffs jerking-off jerked-off jackoff jack-off jacking-off jacked-off beating-off beats-off whack-off whacking-off wack-off jilling-off jill-off frig-ctx frigs frigged frigger frigging friggin wank wanks wanked wanker wankers wanking wankjob wanky fap faps fapped fapping fapper fapping schlick schlicking circlejerk circle-jerk circlejerks bukkake creampie creampies cumshot cumshots cum-shot moneyshot facefuck face-fuck skullfuck skull-fuck throatfuck assfuck ass-fuck buttfuck butt-fuck buttfucked buttfucking fistfuck fist-fuck fisting fisted fingerbang finger-bang fingerbanged fingerfuck finger-fuck fingering-ctx dryhump dry-hump dryhumping humping-ctx humped-ctx hump-ctx gangbang gangbangs gang-bang gangbanged gangbanging bareback-ctx barebacking raw-dog rawdog rawdogging raw-dogging teabagging tea-bagging teabagged golden-shower goldenshower felch felching feltch feltching dirty-sanchez cleveland-steamer donkey-punch hot-carl blumpkin motorboating queef queefs queefing queefed snowballing-ctx deepthroat deepthroating doggystyle doggy-style doggiestyle doggie-style reverse-cowgirl sixtynine 69ing scissoring tribbing frottage analingus anilingus rimming cocktease cock-tease prickteaser cockteaser cock-block cockblock cockblocked cockblocking buttsex butt-sex assplay ass-play analsex-ctx boink boinks boinking boinked bonk-ctx bonking-ctx shag-ctx shags-ctx shagged shagging shagger shaggers knobbing boning-ctx screwing-ctx porking bang-ctx banging-ctx nutted-ctx nutting-ctx bust-a-nut busting-a-nut skeet-ctx skeeting skeeted splooge sploog spooge spooged jizz jizzed jizzing jizzy jiz jizm jism gism spunk-ctx spunked spunking spunky-ctx cum cums cumming-ctx cummed cumdump cumdumps cumslut cumsluts cumguzzler cumbucket cumbubble cumjockey cumstain cumface cumrag cumwhore precum pre-cum man-juice baby-gravy
* strong : porn porno pornos porns pornography-ctx pornographic-ctx pr0n pron-ctx pornhub xxx-ctx hentai yiff yaoi futanari futa bdsm bondage-ctx dominatrix gimp-ctx dildo dildos dildoes vibrator-ctx buttplug butt-plug buttplugs analbeads anal-beads cockring cock-ring ballgag ball-gag fleshlight strapon strap-on sextoy sex-toy upskirt upskirts downblouse camwhore camslut camgirl-ctx sexcam phonesex phone-sex cybersex cyber-sex sexting-ctx nudes-ctx milf milfs gilf dilf jailbait jail-bait lolicon loli shota shotacon kiddieporn kiddie-porn childporn child-porn zoophilia bestiality beastiality beastial necrophilia necrophile incest-ctx rape-ctx raping-ctx rapist-ctx rapey gangrape gang-rape
whore strong stem : whore whores whored whoring whorish whorehouse hoar-ctx hore hoor hoors whoor whoore ho-bag hobag hoebag hooker-ctx hookers-ctx slut sluts slutty sluttish slutbag slutt sloot skank skanks skanky skankier skankiest skanked thot thots hussy hussies floozy floozie floozies harlot harlots trollop trollops strumpet strumpets tart-ctx slag-ctx slapper slappers tramp-ctx manwhore man-whore escort-ctx prostitute-ctx streetwalker streetwalkers pimp pimps pimped pimping bimbo bimbos himbo nympho nymphos nymphomaniac-ctx
* moderate : shite shites shitey shat shart sharts sharted sharting dingleberry dingleberries skidmark-ctx turd turds turdy dookie doodoo-ctx crap craps crappy crapped crapping crapper crapola piss pissed pisses pissing pisser pissy pisshead pissant pisspot pissoff piss-off pissed-off pisstake piss-take pissflaps smegma-ctx
* strong : asshole assholes arsehole arseholes ahole a-hole asshat asshats assclown assclowns asswipe asswipes assmunch assmuncher asslicker asskisser ass-kisser kiss-ass kissass assbag assface asshead dumbass dumbasses smartass smart-ass jackass jackasses fatass lardass badass-ctx hardass douche douches-ctx douchebag douchebags douche-bag douchey douchecanoe douchenozzle douchewad dickhead dickheads dickface dickwad dickweed dickbag dickwod dickhole dickish dickless dicksucker dickweasel dipshit dipshits dumbshit dumbfuck dumbfucks fuckwit fuckwits fuckface fuckhead fucknut fucknuts fucknugget fuckstick fucktard fuckup fuck-up fuckwad shithead shitheads shitface shitbag shitstain shitbird shitgibbon shitweasel shit-for-brains shitforbrains cocksucker cocksuckers cock-sucker cockwomble cockhead cockface twatwaffle twatface twathead twatbag wanker wankers wankstain wankface wankpuffin tosser tossers tosspot bellend knobhead knobheads nobhead scumbag scumbags scumfuck scumbucket dirtbag dirtbags sleazebag sleazeball slimeball slimebag skeezy skeeze numbnuts numbnut butthead buttface buttwipe buttmunch butthole buttholes arsewipe arseface arsebandit arse-bandit gobshite gobshites shitehawk pillock pillocks plonker plonkers wazzock numpty minger mingers munter munters jerkwad jerkface dillhole dingbat-ctx twatting sonofabitch son-of-a-bitch sonuvabitch sumbitch sonofabitches motherfucker motherfuckers mofo mofos mf-ctx mfer mfers mofucker bitchass bitch-ass bitchtits bitchface bastard bastards basterd bastid
* severe : nigger niggers nigga niggas niggaz nigguh niggah nigg nigs nig-ctx niglet niglets nigglet nignog nig-nog negroid-ctx groid groids coon coons jigaboo jigaboos jiggaboo jigga jiggabo porchmonkey porch-monkey junglebunny jungle-bunny mooncricket moon-cricket spearchucker spear-chucker sambo sambos darkie darkies darky golliwog golliwogs gollywog pickaninny piccaninny pickaninnies tarbaby tar-baby sheboon dindu dindus housenigger house-nigger uncletom spook-ctx spooks-ctx boong boongs boonga abo-ctx abbo abbos kaffir kaffirs kaffer kafir kaffers hottentot munt-ctx wog wogs spic spics spick spicks spik spiks wetback wetbacks wet-back beaner beaners beaney greaser-ctx greaseball greaseballs border-hopper taco-bender chink-ctx chinks-ctx chinky chinkies chinki gook gooks gooky slopehead slopeheads slope-ctx slant-ctx slanteye slanteyes slant-eye slant-eyed zipperhead zipperheads jap-ctx japs nip-ctx nips-ctx chingchong ching-chong chinaman chinamen coolie coolies paki pakis pakki packie-ctx dothead dotheads dot-head towelhead towelheads towel-head raghead ragheads rag-head sandnigger sand-nigger sandniggers camel-jockey cameljockey camelfucker camel-fucker goatfucker goat-fucker hajji hadji haji-ctx currymuncher curry-muncher muzzie muzzies muzzy-ctx mozzie-ctx kike kikes kyke kykes yid yids heeb heebs hebe-ctx hymie hymies sheeny sheenies jewboy jew-boy christkiller christ-killer zhid wop wops dago dagos guido-ctx guidos guinea-ctx ginzo ginzos kraut krauts polack polacks polak bohunk bohunks gyppo gyppos gippo gippos gypo pikey pikeys tinker-ctx knacker-ctx taig taigs teague-ctx redskin redskins injun injuns squaw squaws prairie-nigger timber-nigger halfbreed half-breed halfcaste half-caste mulatto mulattos mulattoes octoroon quadroon wigger wiggers wigga wiggas wiggers whitetrash white-trash trailertrash trailer-trash redneck-ctx rednecks-ctx hillbilly-ctx cracker-ctx crackers-ctx gringo-ctx gweilo gwailo gubba gubbas
* severe : faggot faggots fag fags faggy faggit faggits fagot fagots fagget faggat fagit phaggot faggs fagz faggotry faggoty fagbag faghag fag-hag fagtard gaylord-ctx gaylords gaywad gayboy-ctx fudgepacker fudgepackers fudge-packer fudgenudger fudge-nudger pillowbiter pillow-biter bumboy bum-boy bumboys battyboy batty-boy battyman batty-man poof poofs poofy poofter poofters pooftah pouf poove ponce-ctx nancyboy nancy-boy pansy-ctx fairy-ctx queer-ctx queers-ctx homo homos lezzie lezzies lezzy lezza lezzer lezbo lezbos lesbo lesbos dyke dykes bulldyke bull-dyke bulldagger bull-dagger carpetmuncher carpet-muncher rugmuncher rug-muncher muffdiver muff-diver muffdiving tranny trannies trannie trannys tranni shemale shemales heshe ladyboy ladyboys shirtlifter shirt-lifter turdburglar turd-burglar buttpirate butt-pirate asspirate ass-pirate arsebandit bumbandit bum-bandit chutney-ferret sodomite sodomites sodomize sodomized sodomise sodomy-ctx
* severe : retard retards retarded-ctx retardo retardos tard tards tardo libtard libtards fucktard fucktards spaz spazz spazzes spazzy spacker spack spastic-ctx mong-ctx mongs mongo-ctx mongoloid-ctx mongol-ctx downie downies window-licker windowlicker cripple-ctx crip-ctx gimp-ctx midget-ctx midgets-ctx
* strong : feminazi feminazis libtard trumptard commie-ctx
`

// generated builds compounds and inflections the compound analysis does not
// cover: joined insults written as one word with an inflection, and masked
// or respelled roots. They enter the same table as the listed forms.
func generated() string {
	var b strings.Builder
	// productive vulgar roots and the canonical term each compound reports.
	roots := []struct{ root, term, sev string }{
		{"fuck", "fuck", "strong"}, {"shit", "shit", "moderate"}, {"cunt", "cunt", "severe"},
		{"dick", "dick", "strong"}, {"cock", "cock", "strong"}, {"twat", "twat", "strong"},
		{"piss", "piss", "moderate"}, {"arse", "ass", "moderate"}, {"ass", "ass", "moderate"},
		{"wank", "wanker", "strong"}, {"bitch", "bitch", "moderate"}, {"slut", "slut", "strong"},
		{"whore", "whore", "strong"}, {"jizz", "jizz", "strong"}, {"cum", "cum", "strong"},
		{"fag", "faggot", "severe"}, {"nigger", "nigger", "severe"}, {"nigga", "nigger", "severe"},
		{"pussy", "pussy", "strong"}, {"tit", "tits", "strong"}, {"butt", "ass", "moderate"},
		{"douche", "douche", "moderate"}, {"turd", "turd", "moderate"}, {"knob", "knob", "moderate"},
		{"spunk", "spunk", "moderate"}, {"cooch", "pussy", "strong"}, {"clit", "clit", "strong"},
		{"boob", "boobs", "mild"}, {"queef", "queef", "strong"}, {"jerk", "jerkoff", "mild"},
	}
	// compound tails: root + tail is an insult or a vulgar noun.
	tails := strings.Fields(`head face hole bag wad wit stick sucker suckers sucking licker licking
eater eating lord tard nugget nut nuts burger biscuit waffle weasel goblin gibbon trumpet womble
muncher munch monkey pirate bandit burglar jockey packer pusher puncher pounder sniffer guzzler
dumpster bucket bubble bunny rag stain spitter fest fiend hound juice lover lips load master
meat milk mouth muffin nose puppet queen rocket sack slap slurper smoker sock splat squirt
tickler toy wagon wipe brain brains breath clown hat muppet tool boy girl slut whore fucker
fucking wank shit cunt ball balls cake crust candle flap flaps trap box pipe pole`)
	for _, r := range roots {
		b.WriteString(r.term + " " + r.sev + " :")
		for _, t := range tails {
			if t == r.root {
				continue
			}
			for _, suf := range []string{"", "s", "ed", "ing", "er", "ers", "y"} {
				if suf != "" && strings.HasSuffix(t, "s") {
					continue
				}
				b.WriteString(" " + r.root + t + suf)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}
