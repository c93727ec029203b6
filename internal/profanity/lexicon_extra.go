package profanity

import "strings"

// lexiconOverride is compiled before every other table, so its flags win:
// it corrects words an older table listed without the innocent sense they
// have ("nutting" in autumn, "my hillbilly cousin", Guido the first name),
// and makes "cawk", "kawk" and lowercase "cnut" (King Cnut is safe in
// Title case) flag alone: none is an innocent spelling. A "cock-up" is a
// blunder, mild like "balls-up", not the strong "cock" it starts with;
// "cock up" as two words keeps its own reading.
const lexiconOverride = `
nutting strong ctx : nutting nutted
guido severe name : guido
redneck severe ctx : redneck rednecks hillbilly hillbillies
cock strong : cawk cawks kawk kawks
cunt severe name : cnut cnuts
cockup mild : cockup cockups cock~up cock~ups
`

// lexiconExtra is a third round of vocabulary written by the Bedside
// project from general knowledge of English vulgarity (US, UK, Irish,
// Australian and internet usage), in the format of lexicon.go. It is
// compiled after the other tables, so where a form is already listed the
// older entry wins. Severities follow docs/ANALYSIS.md: identity slurs are
// severe; sexual acts and anatomy slang, pornography and fetish terms,
// sex-work insults and insults built on strong roots are strong;
// excrement vocabulary and coarse insults are moderate.
//
// A form with two hyphens is a three-word phrase ("choke-the-chicken"); a
// "~" joins two words only when they are written with a hyphen or as one
// word ("pearl~necklace": "pearl-necklace" and "pearlnecklace", never the
// jewellery).
const lexiconExtra = `
fuck strong name : fock focking
fuck strong : fook fookin fooking fooker fookers fuckr fckr fukr fukrs fuckrs fcker fckers foad idfc fuckssake fucksakes forfucksake for-fucks-sake fuxake fuxsake phukc fuckkin fukkn fuckng fucing fuckig fuckinh fucck fucccking
fuck strong : fuckathon fuckfriend fuckfriends fucksock fuckrag fuckmachine fuckmachines fuckpuppets fuckdolls fuckslave fuckholes fuckhead fuckweasel fucktrumpet fuckmuppet fuckbucket fuckbiscuit fuckmonkey fuckrat fucksack fuckshit fuckeroo fuckwaffle fuckwitted fucktards fucknuckles fuckbrains
motherfucker severe : muddafukka muddafucka mudafucka mudafukka mudderfucker mutherfukker muthafukkas mothafukkin motherfukkin muthafuckin muthafukin mofuckas mofukka mufucka mfing
motherfucker severe : sisterfucker sisterfuckers sisterfucking brotherfucker brotherfuckers fatherfucker fatherfuckers babyfucker babyfuckers kidfucker kidfuckers
* strong : dogfucker dogfuckers horsefucker horsefuckers sheepfucker sheepfuckers pigfucker pigfuckers chickenfucker chickenfuckers donkeyfucker donkeyfuckers corpsefucker corpsefuckers goatshagger goatshaggers sheepshagging
cunt severe : thundercunt thundercunts cuntwit cuntwits cuntnut cuntbitch cuntpuddle cuntmuffin cuntbucket cuntsicle cuntasaurus cuntstain cuntknuckle cuntknuckles cuntflap cuntlapper cuntlappers cuntlapping cunnie cunnies qunt qunts kuntz kuntface
twat strong : twatknuckle twatknuckles twatbadger twatbadgers twatmuppet twatsack twatbucket twatbrain twatrocket twatsicle twatlicker twatlickers
cock strong : cockmuppet cockbadger cockknuckle cockknuckles cocktrumpet cockweasel cockbiscuit cockgoblin cockrider cockriders cockriding cockgobbling cockshaft cocktip cockpic cockpics cockslobber cockslobbering cockslurper cockwipe
dick strong : dicksplash dickstain dicktard dickmunch dickbrain dicknose dickgobbler dickgobblers dickskin dicktip dickslobber dickslurper dickmeat dickwads
knob moderate : knobgoblin knobslobber knobslobbering knobrot knobcheese knobjockeys knobsucker knobsuckers
wanker strong : wanktard wankbag wankmaggot wankshaft wankpot wankies wankah wanka wankas wankr
ass moderate : arsebiscuit arsehat arsewit arsebag arsemonkey arsemuppet arsemuncher assbiscuit assnugget asstard assweasel jackarse stupidass
shit moderate : shitpipe shitchute shitskid shitlips shitsucker shitcock shitpiss shitmuppet shittard pisswizard pissbrain pissbucket shitebag shitehole
crap mild : craptastic crapton craptons
* severe : streetshitter streetshitters street-shitter street-shitters
* moderate : skidmark-ctx skidmarks-ctx doodoo doodoos assgas fartsack fart-sack fartsacks
douche moderate : douchewaffle doucherocket douchetard douchebro douchebros
faggot severe : douchefag douchefags
* moderate : scumsucker scumsuckers scum-bag scum-bags cuck cucks cucked cucking libcuck libcucks cuckservative cuckservatives soyboy soyboys
* strong : gangbanger-ctx gangbangers-ctx creampied creampieing cumfarts cummies cummy cumpot cumplay cumswap cumswapping cumguzzling cumeater cumeaters cumsucker cumsuckers cumsucking cumlord cumwad cumsock cumsocks jizzrag jizzsock jizzbag jizzstain jizzmopper spunkrag spunkstain splooged splooging sploogey spoogey nutbuster nutbusters nutjuice nut~juice
* strong : beejay beejays blojob blojobs blowjobbing blowjobber handies handjobbing footjobbing rimjobbing rimmer-ctx rimmers-ctx buttbang buttbanged buttbanging assbang assbanged assbanging buttslut buttsluts analslut analsluts pornslut cockslut cocksluts manslut man-slut mansluts
* strong : facesitter facesitters face~sitting facesat queening-ctx felcher felchers fister fisters fistfucked fistfucking skinfluting polesmoking gokkun ahegao yiffing yiffy scatplay pissplay cumshoot
* strong : hotwife hotwifes hotwifing cuckquean cuckqueans maledom moresome moresomes foursome-ctx realdoll realdolls sexdoll sexdolls sex-doll sex-dolls blowupdoll blowupdolls blow-up-doll pocketpussy pocket-pussy
* strong : creepshot creepshots upskirting beavershot beavershots beaver~shot xvideos xhamster redtube youporn brazzers pornhub pornsite pornsites porn-site pornvideo pornvideos pornmovie pornmovies pornflick pornflicks pornaddict pornaddicts
* strong : camgirl-ctx camgirls-ctx pawg pawgs bussy bussies boipussy bootyhole bootyholes
* strong : meatpole meat~pole meatrod meat~rod meatspin meatwhistle meat-whistle beefwhistle beef-whistle lovegun love~gun schlonger schlongers peenus weenie-ctx weenies-ctx whang whangs tallywacker tallywackers dingaling-ctx dingalings-ctx purple-headed-warrior trouser-trout
gooch strong name ctx : gooch
* strong : ballsac nutsac nadbag nadbags grundle grundles cajones-ctx scrotesack scrote-sack
* strong : minj minjes vajeen vagoo fuckflaps fuck-flaps clitlicker clitlickers clitlicking
* strong : bewbs bewbies booobs boooobs titpic titpics tit-pic pussypic pussypics sweater-puppies sweaterpuppies
* strong : choke-the-chicken choking-the-chicken choked-the-chicken spank-the-monkey spanking-the-monkey spanked-the-monkey flog-the-dolphin flogging-the-dolphin jerk-the-gherkin jerking-the-gherkin bust-a-nut busting-a-nut busted-a-nut blow-my-load blow-your-load blow-his-load blew-my-load blew-his-load blew-your-load shoot-my-load shoot-your-load shoot-his-load shot-my-load shot-his-load shot-your-load hide-the-salami hiding-the-salami suck-me-off sucked-me-off sucking-me-off suck-him-off sucked-him-off suck-you-off wank-me-off wanked-me-off
* strong : poopshoot poop~shoot
* strong : pearl~necklace pearl~necklaces
whore strong : hooer hooers whorebag whorebags whoremonger whoremongers whoremaster whoreish whorey hoeish hoebags hosebag hosebags slutbucket slutface slutdog slutwhore skankho skankhos skankwhore thotty ethot ethots e-thot e-thots sket skets townbike town~bike village~bike cumwhores cumslag
bitch moderate : beyatch beyatches bitsh
* severe : fudgepacking carpetmunch
* strong : bukkaki bukakke bukake bellendery fappable muffdive muffdives sixtynining rawdogged rawdogs hoochiemama pedobait fannybaws shaggable pisstank
dick strong : dickishly dickwaddery dickheadery
whore strong : whorishly whorishness skankiness
asshole strong : assholishly
ass moderate : punkass brokeass lameass weakass cheapass fakeass uglyass crazyass sorryass lazyass lazyarse punkasses
shit moderate : bullshitty
ass moderate : arsy lmao lmaoo lmaooo lmfaoo
piss moderate : pissiness pissily pisstaking pisstaker pisstakers piss-taker piss-takers pmsl
bollocks moderate : bollocksed
bellend strong : bellendish bellendery
shit moderate : gobshitery
* severe : dykeish lesboish trannyish retardness retardedness spasticated spacktard spacktards
* strong : felched spooging deepthroated dryhumped
knobjockey moderate : knobjocky knobjockys nobjocky nob-jocky nob-jokey knobead knobeads
motherfucker severe : muthafecker muthafeckers
dick strong : dlck dlcks dlckhead dlckheads
* strong : donkeyribber donkeyribbers hardcoresex
* strong : five-knuckle-shuffle bash-the-bishop bashing-the-bishop bashed-the-bishop
* strong : sloppytoppy sloppy-toppy bumsex chaturbate xnxx spankbang lovesausage love~sausage meatwallet meat-wallet kneetrembler knee~trembler kneetremblers
* severe : poostabber poostabbers poo-stabber poo-stabbers
beaver strong name ctx : beaver beavers
tits moderate : jubblies
* strong : fannyfart fannyfarts fannymagnet fannymagnets
knobhead moderate : nobface nobfaces knobface knobfaces bellendface bellendfaces
* moderate : chav chavvy chavs chavette chavettes
ho strong name ctx : ho hos
* severe : chinkey chinkeys curryhead curryheads darkey darkeys dego degos didicoi didicois didicoy didicoys diddicoy diddicoys didikai didikais frijolero frijoleros frogeater frogeaters gin~jockey jewbag jewbags jewfag jewfags jewing jewy jungle~monkey junglemonkey junglemonkeys liverlip liverlips mudslime mudslimes muslime muslimes negress negresses niggette niggettes nigha nighas pajeet pajeets paky pakies pohm pohms slitty slitty-eyed slitteyed spig spigs surrender-monkey surrender-monkeys yellowskin yellowskins zigabo zigabos gringa-ctx gringas-ctx coonass coonasses coon-ass kikey kikes yidden-ctx
* severe : bulldike bulldikes fagg faggs fagola fagolas fagotry fagzilla faqqot faqqots phaggots lesbean lesbeans lezbean lezbeans poufter poufters queerboy queerboys queermo queermos trannyfag trannyfags transtard transtards transtrender transtrenders trany tranys troid troids chichiman chi-chi-man chickwithadick dickgirls tranny-chaser trannychaser
* severe : mongtard mongtards spazmo spazmos autard autards downsy downsys shortbus shortbuses
cock strong : cocknozzle cocknozzles cocknoodle cocknoodles
dick strong : dickpouch dickpouches dicknoodle dicknoodles
bollocks moderate : bollockbrain bollockbrains
whore strong : skankbag skankbags slagbag slagbags rootrat rootrats root-rat root-rats slore slores
* strong : boaby boabies bajingo bajingos throatpie throatpies skinmag skinmags cornholing cornholed cornholer cornholers
jerkoff moderate : jagoff jagoffs jag~off jag~offs
fuck strong : stupidfuck stupidfucks fyck fyuck fuhk fuhking fugk fuggen
bitch moderate : bicth bicthes btich btiches bihtch bihtches
cocksucker strong : cawksucker cawksuckers
bastard moderate : basturd basturds bastad bastads
asshole strong : arsewhole arsewholes asswholes
paki severe : pakibashing paki-bashing pakibasher pakibashers
lebo severe name : lebo lebos
shylock severe name : shylock shylocks
negro severe name ctx : negros
* severe : sperg spergs sperging sperged sperglord sperglords spergy nigguz nigfag nigfags chinklet chinklets dagoes hotnot hotnots pisslam pisslamic zionazi zionazis durka durkas durkadurka mayomonkey mayomonkeys mayo-monkey mayo-monkeys mudpeople mud~people half-breeds porch-monkeys jungle-bunnies junglebunnies
blackie severe name ctx : blackie blackies
dink severe name ctx : dink dinks
bender severe name ctx : bender benders
* severe : houtkop houtkops jigabo jigabos jiggerboo jiggerboos spaghettibender spaghettibenders spaghetti-bender spaghetti-benders faygeleh faygelehs feygele feygeles faygele faygeles
* strong : cabron cabrones chinga chingas chingate mamaguevo mamahuevo hijueputa hijoeputa putamadre malparido malparida joder jodido jodida gilipollas follar follando
* strong : putain salope salopes connard connards connasse encule enculer enculee niquer nique-ta-mere
* moderate : merde merdes merda scheisse scheiss stronzo stronzi
* strong : arschloch arschlocher wichser ficken fickt gefickt hurensohn schlampe cazzo cazzi vaffanculo puttana puttane minchia coglione coglioni caralho buceta foda fodase foda-se
* strong : putangina tangina kurwa blyat blyad cyka pizdec neuken klootzak gamoto orospu siktir yarrak sharmouta sharmuta gandu lavda lawda
* severe : fotze schwuchtel kanake kanaken frocio froci viado viados pizda amcik
* severe : femoid femoids foid foids roastie-ctx roasties-ctx
`

// phraseFrames writes the "suck / lick + my / your + X" phrases as
// three-word forms: X is often a word never flagged alone ("suck my
// balls", "lick my anus"), but in this frame it has no innocent reading.
// Only "my", "your" and "deez": "the dog licks his balls" is about a dog, and
// breasts and nipples stay out ("the baby sucks my nipple").
func phraseFrames() string {
	var b strings.Builder
	b.WriteString("* strong :")
	for _, v := range strings.Fields("suck sucks sucked sucking lick licks licked licking") {
		for _, p := range []string{"my", "your", "deez"} {
			for _, x := range strings.Fields(`balls ball nuts nutsack ballsack sack dick cock knob
penis clit clitoris pussy cunt twat ass arse butt bum asshole arsehole anus taint`) {
				b.WriteString(" " + v + "-" + p + "-" + x)
			}
		}
	}
	b.WriteString("\n")
	return b.String()
}
