package profanity

// lexiconMore extends lexicon.go with sexual vulgarity, sexual-act slang,
// pornography terms and slurs, in the same format. Written by the Bedside
// project. Deliberately absent: every anatomical, clinical and medical word
// (penis, vagina, anus, anal, rectal, breast, nipple, semen, sperm,
// erection, ejaculation, orgasm, intercourse, masturbation, genitals,
// sexual, sex, gay, lesbian, transgender, bisexual, poo), and words with a
// common innocent or clinical sense (gash, flaps, facial, vegetable, nonce):
// patients use them to describe their care, and a filter that hides them
// hides the patient. A canonical term of "*" means each form is its own
// term; a hyphen in a form marks a two-word spelling ("piss-off" matches
// "piss off" and "piss-off").
const lexiconMore = `
escort strong ctx : escort escorts
prostitute strong ctx : prostitute prostitutes
tart moderate ctx : tart tarts
johnson strong name ctx : johnson johnsons
woody strong name ctx : woody
langer moderate name ctx : langer langers
cock strong stem : cocksucking cockslut cocksmoker cockjockey cockgobbler cockmonkey cockbite cockburger cockholster cockknob cocklump cockmaster cockmongler cockmongruel cocknose cocknugget cockshit cocksmith cocksniffer cocksucked cockwaffle cockteaser cocktease
dick strong stem : dickbeater dickfucker dickjuice dickmilk dickmonger dickslap dicksucker dickwhipper dickzipper dickbreath dickweasel dickflipper dicktickler dickslinger
fuck strong stem : fucker fuckface fuckhole fuckme fucknut fuckoff fucktard fuckwad fuckwit fucktwat fuckbuddy fuckfest fuckstick fuckers fuckheads fucked-up fuckedup fuckass fuckbag fuckboy fuckbrain fuckbutt fuckbutter fuckersucker fuckhead fuckin fucking fucknugget fucknuts fuckpig fuckpuppet fucktoy fucktrophy fuckup fuckwhit fuckwitt fudgepacker fuckable fuckability fuckery fuckfacee fuckmeat fucksake fuckstain fucktard fuckyou fuckyourself fuckhead motherfuck muthafuck mofucker mutherfucker mothafuckin mothafuckas motherfuckas muthafuckaz fuckt fuckk fuckn fukker fukkin fukking fukwit fukwhit fucc fuxk fuxking fuxxing fuking fuxx fcuker fcukin fcuking fukd phuked phuking phukked phukking phuks phuq phucked phuq fvk fvcked fvcker fukkers
shit strong stem : shitass shitbag shitbagger shitbrains shitbreath shitcanned shitcunt shitdick shiteater shited shitey shitfaced shitfuck shitfull shithead shitheads shithole shithouse shiting shitings shitlist shitload shitspitter shitstain shitter shittiest shitting shittings shitty shiz shitz shyt shyte shytty shite shitt shittt sh1t shat
cunt severe stem : cuntbag cuntass cuntface cunthunter cuntlick cuntlicker cuntlicking cuntrag cuntslut cuntsucker cunty cuntz cunny kunt kunts kunilingus
twat strong stem : twathead twatlips twatwaffle twats twatty twatface twit-face
bitch moderate stem : bitchass bitched bitcher bitchers bitches bitchin bitching bitchtits bitchy bitchez biatches biotches bytch bitchslap bitchtard
whore strong stem : whorebag whoreface whorehouse whores whoring whorish whorealicious whored hore whoar
slut strong stem : slutbag slutdumper slutkiss sluts slutty slutt slutz sluttish sloot
ass moderate stem : assbag assbandit assbanger assbite assclown asscock asscracker assface assfuck assfucker assgoblin asshat asshead asshole assholes asshopper assjacker asslick asslicker assmonkey assmunch assmuncher assnigger asspirate assshit assshole asssucker asswad asswhole asswipe azz arsewipe arselicker
pussy strong stem : pussies pussylicker pussylicking pussypounder pussys pusy pussi pussee puss1 poontang poonani poonanny punani punanny poon pootang
* strong : blowjob blowjobs blowie blowies handjob handjobs rimjob rimjobs rimming footjob footjobs titjob titjobs boobjob assjob skullfuck skullfucking facefuck facefucking throatfuck deepthroat deepthroating gangbang gangbanged gangbanging gangbangs gang-bang bukkake creampie creampies cumshot cumshots cumslut cumdumpster cumguzzler cumjockey cumbubble cumstain cumfest cumbucket sodomize sodomized sodomizing sodomite buttfuck buttfucker buttfucking butt-fuck assfucking arsefucking fisting fisted-ctx fingerbang fingerbanging fingerfuck fingerfucked fingerfucker fingerfucking jerkoff jerk-off jackoff jack-off jackingoff jerking-off wanked wanking wankjob wankstain handjob titfuck titfucker titfucking tittyfuck tittyfucker boobfuck bareback barebacking twink twinks circlejerk circle-jerk dogging doggystyle doggy-style doggiestyle sixtynine 69ing jizz jizzed jizzing jism jizm jiz gism spooge splooge nutting nutted busting-a-nut money~shot moneyshot queef queefing rimjaw teabagging teabagged tea-bagging scissoring tribbing frottage felching frotting bangbus milf milfs gilf dilf camwhore camslut porn porno pornos pornography pornographic pr0n hentai yiff bdsm bondage gangrape dildos vibrators buttplug butt-plug buttplugs strap-on-ctx fleshlight cockring cock-ring sextoy assplay ballgag ball-gag ballsack ballbag nutsack nut-sack scrote knobjockey knobgobbler knobend knobhead bellend bell-end bollocks bollox ballsucker ballbuster ball-licker balllicker ballsucking titties titty tittie tits boobies bazongas bazoombas muff muffdiver muffdiving muff-diver minge clunge cooch coochie hoohaa vajayjay twat boner boners hardon stiffy schlong dong wang wiener wanger todger tallywhacker peen peener pecker prick pricks shlong trouser-snake skinflute meat-stick-ctx love-muscle cameltoe camel-toe nutbutter spunk splooge horny hornier horniest upskirt downblouse shemale shemales ladyboy ladyboys trannyporn
* strong : slutbag skank skanks skanky ho-bag hobag thot thots hussy trollop strumpet harlot floozy floozie streetwalker pimp pimps pimped pimping jailbait jail-bait cocktease prick-tease pricktease
* moderate : turd turds crap crapper crappy crapola shithouse pissed pisser pissing pissflaps pisshead pissoff piss-off pissed-off pisspot piss-take pisstake pissant piss-ant pisses pissy
* severe : nigger niggers nigga niggas niggaz nigguh niggah nigg niggle-n niglet nig-nog nignog negroid coon coons jigaboo jiggaboo jigaboos porchmonkey porch-monkey junglebunny jungle-bunny spearchucker spear-chucker sambo sambos darkie darkies darky golliwog golliwogs pickaninny piccaninny tarbaby tar-baby mulatto wog wogs gollywog moolie mooley moulinyan shvartze schvartze spic spics spick spicks wetback wetbacks beaner beaners chink chinks chinky chinkies gook gooks gooky slopehead slant-eye slanteye zipperhead jap japs kike kikes yid yids hymie hebe heeb sheeny kyke raghead ragheads towelhead towelheads sandnigger sand-nigger camel-jockey cameljockey paki pakis pikey pikeys gyppo gyppos gippo tinker-scum wop wops dago dagos guido guidos polack polacks kraut krauts honky honkey honkie honkies whitey cracker crackers redneck rednecks hillbilly trailer-trash white-trash injun redskin redskins squaw prairie-nigger boong boongs coolie coolies chinaman gringo gringos cholo cholos
* severe : faggot faggots fag fags faggy fagging faggit fagot fagots faggotry fudgepacker fudge-packer fudgepackers pillowbiter pillow-biter bumboy bum-boy batty-boy battyboy poof poofs poofter poofters pouf queer queers queerbait homo homos lezzie lezzies lezzy lesbo lesbos dyke dykes bulldyke bull-dyke carpetmuncher carpet-muncher muffmuncher tranny trannies trannie trannys he-she heshe nancy-boy nancyboy
* severe : retard retards retarded retardo tard tards libtard fucktard spaz spazz spazzes spacker spack mongoloid midget midgets window-licker windowlicker tard-face downie downies
* severe : christkiller christ-killer muzzie muzzies mozzie raghead kafir kuffar
* strong : bastard bastards bastardo dickweed dickwad douche douchebag douchebags douchebaggery douchecanoe douchenozzle dumbass dumbasses dumbfuck dumbfucks dumbshit dumbshits dipshit dipshits jackass jackasses jackasshole numbnuts nutsack scumbag scumbags scumfuck shithead shitface tosser tossers wanker wankers wankface wankstain bellend knobhead knobend paedo paedos pedo pedos arsehole arseholes arsebandit arse-bandit gobshite gobshites shitehawk twatwaffle cockwomble fuckwit fuckwits pillock wazzock numpty git gits prat prats plonker minger mingers slag slags slapper slappers
hooker strong name : hooker hookers
* strong : boink boinking bonk-ctx bonking-ctx bootycall booty-call buttmunch buttpirate butt-pirate chode choad choads cooter dirty-sanchez dominatrix dry-hump dryhump fap fapping fapper fappers feltch feltching futanari gigolo glory-hole gloryhole goatse golden-shower goldenshower horndog horndogs humping knobbing nympho nymphos perv pervs perve pervert perverts perverted phone-sex reverse-cowgirl shag shagged shagging shagger skeet skeeting smut smutty snowballing-ctx strap-on swinger swingers threesome threesomes tubgirl yaoi urophilia shibari cumdump cum-dump cumface cumstains jizzface spunkbucket spunkbubble bumfuck bumfucker buttsex butt-sex assmunch assmonkey assholes arsebandit shirtlifter shirt-lifter bulldagger bull-dagger dickgirl dickgirls lezza lezzer lezzers battyman batty-man wigger wiggers wigga wiggas dothead dot-head halfbreed half-breed chingchong ching-chong currymuncher curry-muncher jewboy kaffir kaffer kaffirs boonga uncle~tom tar-baby gypo gypos nobhead nobend nobheads munter munters gobshite gobshites fannying bumbandit bum-bandit cocksuckers motherfuckers cuntbags dicksuckers ass-hat ass-clown dick-head dick-face shit-head fuck-face cock-sucker cock-head jizz-bag butt-head butt-face butt-hole arse-hole arse-wipe ass-wipe bitch-ass mother-fucking son-of-a-bitch sonuvabitch sonofabitches thot thots skanky skankier pissflaps pisswhore spermbank cumguzzlers titwank titwanker wankface wankpuffin twatbag twatface fucknugget cuntnugget shitnugget bitchface bitchtits manwhore man-whore cockbag cocksplat cunthead dickhole fuckhole shithole pisshole arsehole
fuck strong : fkn fking fkin fkd fker fkr fckn fckin fuckn fukn fukken fukkin fooker fookin fuks fcks fucks fuckz
motherfucker severe : mfkr mthrfckr mthrfkr mtherfucker motherfuckin motherfukker muthafukka mothafukka motherfuka
shit moderate : sht shtty shiit shitt shizz schit shitz shiet shyte
cunt severe : cvnt cunnt cuntt kunts cvnts
nigger severe : niggur niggor nigar nigra niqqa niqqer niqqas niggers niggaz niggerz
faggot severe : fagget faggat fagit phaggot faggs fagz faggots
bitch moderate : biotch betch bitchs biches bytches
asshole strong : a-hole ahole azzhole asshol arsehol assholez
whore strong : whor whoores
slut strong : slvt sluts slutz
dick strong name ctx : dik dikk
cock strong ctx : kock cawk
pussy strong : pussie poosy puzzy pussys
twat strong : twatt twot
bastard moderate : basterd bastid bastards
retard severe : retarted rtard reetard
fuck strong : wtf stfu gtfo omfg lmfao lmffao fkoff fukoff fuk-off fckoff fck-off fuckoffs effoff eff-off effed effed-up fawk fawking fawker fahk fahking fuxing fuxer fukkk fucktastic fuckinell fuckinhell fucksakes fuckity fuckwittery fuckwitted fuckwittage unfuckable absofuckinglutely fanfuckingtastic fuckyeah fucky fuckish fuckfaced fuckbuddies fuckboys fuckbois fuckwads fuckmeat fuckslut fucksluts fuckdoll fuckhouse fuckbunny fucktruck fuckwank fuckknuckle fuckknuckles fucknuckle fucktwit fucktwits fuckstain fuckstains
shit moderate : bullshitted bullshite bullshiting shiznit shizznit shiat shiet sheeeit shitfit shitkicker shitkickers shitkicking shitbox shitheap shit-heap shitpile shitsack shittalk shittalking shit-talking shittalker shitlord shitlords shitlicker shitmouth shitfest shitbreath shitheel shitheels shit-heel shitwit shitwits shitstained shittiness shittily shiteing shitpost shitposts shitposting shitposter shitstirrer shitstirring shit-stirrer shitbrick shitbricks dogshit catshit pigshit ratshit jackshit cowshit birdshit deadshit shitskin-ctx holyshit shitless shitlist shitlists shitstorms shitshows shithouses shitbags shitfaces shitgibbons shitweasels shitbirds
asshole strong : asshol assholish assholery assholishness azhole azzholes arseholish arseholery
ass moderate : assbutt assbutts halfass half-ass halfassed half-assed halfarsed half-arsed tightass tight-ass tightasses candyass candy-ass wiseass wise-ass wiseasses smartasses fatasses lardasses asshats assclowns asskissers asskissing ass-kissing arsekisser arse-kisser arsekissing arselicking arse-licking arselickers asslickers assmuncher assmunchers assfaces asswipes kissarse kiss-arse kissmyass arsebadger arsebadgers bumhole bumholes bum-hole ringpiece ringpieces browneye dumbarse dumbarses smartarse smartarses fatarse lardarse arseholes ass-munch ass-wipe ass-face ass-licker
bitch moderate : biyatch biyatches byatch byatches beotch beotches beeyotch beeyotches beyotches bich-ctx biches bitchez bitchboy bitchboys bitchmade bitch-made bitchfest bitchery bitchiness bitchier bitchiest bitchslapped bitchslapping bitch-slap bitch-slapped whoreson whoresons sonofawhore son-of-a-whore
cunt severe : cnut-ctx twunt twunts twuntface cuntard cuntards cuntflaps cuntwaffle cuntwaffles cuntbubble cuntnugget cuntnuggets cuntmuncher cunthead cuntheads cuntlips cuntlord cuntish cuntishness cuntfuck cuntfucker cuntsucker cuntstruck cunt-struck cunted cuntfart cuntbags cuntfaces
dick strong : dickishness dickwhip dickcheese dick-cheese dickery dickheaded dicktease dickteaser dickpic dickpics dick-pic dick-pics dickride dickrides dickriding dickrider dickriders dickhed dickweeds dickwads dickfaces dickbags dickwits dickwit dicklicker dicklickers dickmuncher dickmunchers dicksniffer dickbiscuit dickslap dickslapped dicksucking dicksuckers dickholes
cock strong : cockmonger cockmongers cockblocker cockblockers cockstand cockslap cockslapped cockwombles cockheads cockfaces cockmunchers cocklickers cocksmokers cockjockeys cockgobblers cockwhore cockwad cockfucker cocksuckas cocksucka cocksukka cocksuka cocksuck cockhound
prick strong : prickish prickishness prickheaded prickhead prickheads prickteaser prick-teaser prickteasers
pussy strong : pussywhipped pussy-whipped pussywhip pussyfart pussyfarts pussyjuice pussy-juice pussylips pussyeater pussyeaters pussyhole pussyholes pussylickers pussyslayer pussyfucker
* strong : peckerhead peckerheads weener weeners porksword pork-sword beef-bayonet mutton-dagger meat-sword meatsword love-stick lovestick love-rod man-meat ballbusting ball-busting ball-buster ballbusters ball-licking ball-sucking balllicking ballsucking mingebag mingebags minge-bag fannyflaps fanny-flaps fanny-batter meat-flaps meatflaps pissflap piss-flaps juggs tugjob tug-job tugjobs bjs gobbie gobbies glory-holes gloryholes golden-showers kiddiefiddler kiddie-fiddler kiddyfiddler kiddy-fiddler kiddydiddler kiddy-diddler kiddiediddler kiddie-diddler zoophile zoophiles necrophiliac necrophiliacs rumpypumpy rumpy-pumpy bump-uglies bumping-uglies poundtown pound-town carpetmunching carpet-munching rugmunching rug-munching polesmoker pole-smoker polesmokers cumjunkie cum-junkie cumjunkies baby-batter love-juice pisspoor pisswater pissartist piss-artist pissup piss-up pissups fartknocker fartknockers fartface fartfaces hornball hornballs horn-dog pervy pervier perviest skeezer skeezers hoochie hoochies hootchie horndoggy rentboy rent-boy rentboys callgirl callgirls dicktease dickteaser hot-karl hotkarl nookie nooky
* moderate : numpties bawbag bawbags bawheid bampot bampots gowl gowls jerkwad jerk-wad jerkwads numb-nuts twonk twonks bint bints up-yours balls-up ballsup ballsed ballsed-up naff-off sod-off fricking frickin fricken
* severe : conservatard conservatards niggress nibba nibbas negga neggas nygga nyggas nygger nyggers neegga neegger niggir niggr niggrs mudshark mud-shark mudsharks burrhead burr-head burrheads nappyheaded nappy-headed whigger whiggers ofay ofays border-jumper borderjumper border-bunny sand-monkey sandmonkey sandmonkeys muzrat muzrats yiddo yiddos sheenie sheenies oven-dodger ovendodger hooknose hooknosed eyetie eyeties bogtrotter bog-trotter bogtrotters wagonburner wagon-burner wagonburners lubra lubras troon troons trooned lezbian lezbians retarted returd returds reterd ratard faggut fagots fagtard fagtards
tit moderate ctx : tit
willy moderate name ctx : willy willies willie
fanny moderate name ctx : fanny fannies
knob moderate ctx : nob nobs
hooters moderate name ctx : hooters
* strong : tittywank titty-wank tittys tittyfucker tittiefucker titty-fucker tittyfucking knobber knobbers nobber nobbers knobjob knob-job gobjob gob-job hand-shandy handshandy tossing-off tossingoff double-penetration doubledong double-dong skinflick skin-flick jazzmag jazz-mag wankbank wank-bank spankbank spank-bank wanksock wank-sock wankmag knocking-shop moose-knuckle mooseknuckle tramp-stamp trampstamp nadsack nad-sack dildoe dildoes pornstar pornstars porn-star pornmag porn-mag chomo chomos scroat scroats twunter twunters shitebag shitebags wanksta wankstas wankpot tossbag tossbags wankered
* moderate : fatso fatsos landwhale land-whale landwhales butterface butterfaces butter-face uggo uggos pizzaface pizza-face lardo lardos nutter nutters nutjob nutjobs nutcase-ctx scuzzbag scuzzball scuzzbucket scuzzbags doosh dooshbag dooshbags douchebaggery douchery fecker feckers feckin drongo drongos reffo reffos pommy pommie pommies limey limeys papist papists mackerel-snapper shiksa shiksas shikse sunuvabitch summabitch sonovabitch sonsabitches sonsofbitches
* severe : cottonpicker cottonpickers dune-coon dunecoon dunecoons bootlip bootlips roundeye roundeyes buddhahead buddhaheads gator-bait niggerhead niggerheads jewed chinkie flid flids spakka spacca spakker spazzer spazzy spazzo spazoid spazzed spazzing bum-chum bumchum bumchums brown-hatter brownhatter rump-ranger rumpranger rumprangers sausage-jockey sausagejockey dykey dykish libturd libturds leftard leftards demtard demtards republitard republitards rethuglican rethuglicans demonrat demonrats
* strong : bhenchod behenchod benchod madarchod maderchod madarchodh chutiya chutiye bhosdike bhosadike gaandu pendejo pendeja pendejos puta putas puto putos culero culera maricon maricones marica joto jotos chingada chingado chingar mierda verga-ctx
whore strong name ctx : hoar hoare
dong moderate name ctx : weiner weiners
* strong : sheepshagger sheepshaggers sheep-shagger teabagger teabaggers fudgetunnel fudge-tunnel fartbox fart-box
* moderate : moobs hoodrat hoodrats hood-rat chav chavs chavvy skanger skangers pinko pinkos
* severe : macaca macacas mongy poopusher poo-pusher poopushers beanflicker bean-flicker beanflickers bumder bumders
fuck strong : dtf fubar gfy idgaf wtaf wtff suckmydick suckmycock suckmyballs suckmyass suckmydik lickmyballs eatmyass eatmyshorts-ctx kissmyarse kissmyass fuckmylife
* strong : cockcheese cock-cheese knobcheese knob-cheese dickwhistle dickwhistles dick-whistle
* severe : kneegrow kneegrows knee-grow zigaboo zigaboos yardape yard-ape yardapes bluegum bluegums banjolips banjo-lips liverlips liver-lips pavementape pavement-ape chimpout chimp-out chimpouts tingtong ting-tong slanty sliteye sliteyes slit-eye slit-eyes sliteyed slit-eyed goathumper goat-humper camelhumper camel-humper muzzrat muzzrats spigotty spiggoty anchorbaby anchor-baby anchorbabies boche
damn mild : goddammit goddamit godammit godamnit godamit goddamm goddamned goddamnned dayum
nazi moderate ctx : nazi nazis
psycho moderate ctx : psycho psychos schizo schizos
* moderate : putz putzes schmuck schmucks shmuck shmucks
* strong : tadger tadgers whanger whangers schwanz pumpum pum-pum shtup shtupping shtupped schtup schtupping schtupped boff boffing boffed facesitting spitroast spitroasted spitroasting manmilk man-milk
* severe : flamer-ctx flamers-ctx limpwrist limpwristed limp-wristed limpwrists
pussy strong : pssy pssys pssies
nigger severe : ngger nggers nggr nggrs ngga nggas nggaz
faggot severe : fggot fggots fggt faggt fagt
cocksucker strong : ccksucker ccksuckers cckscker cockscker cocksckr
bastard moderate : bstard bstards bstrd bastrd
bitch moderate : btches btchs btchy
fuck strong : fckd fckrs fckng fcken
damn mild : gddamn gddmn gdamn goddmn
dickhead strong : dckhead dckhd dikhd
wanker strong : wnker wnkr wnkrs wnkers
prick strong : prck prcks
shit moderate : bllsht bllshit bullsht
dildo strong : dldo dldos
jizz strong : jzz
tranny severe : trnny trnnies
skank strong : sknk sknks
bollocks moderate : bllcks bllocks bollcks
asshole strong : asshle assh0l arsehle
wetback severe : wetbck wtbck
raghead severe : rghead rghd
towelhead severe : towlhead twlhd towelhd
sambo severe : drkie
tosser strong : tssr tsser
* strong : spaff spaffed spaffing spaffs jissom jizzum jizum fingerblast fingerblasting fingerblasted nipslip nip-slip femdom
anchorbaby severe : anchor-babies
ass moderate : bum-holes
ballbag strong : ball-bags
ballbuster strong : ball-busters
ballgag strong : ball-gags
balllicker strong : ball-lickers
battyboy severe : batty-boys
beanflicker severe : bean-flickers
beardedclam strong : bearded-clams
bellend strong : bell-ends
blowjob strong : blow-jobs foot-jobs hand-jobs rim~jobs
bogtrotter severe : bog-trotters
bootycall strong : booty-calls
borderbunny severe : border-bunnies
borderhopper severe : border-hoppers
borderjumper severe : border-jumpers
brownhatter severe : brown-hatters
bulldagger strong : bull-daggers
bumbandit strong : bum-bandits
bumboy severe : bum-boys
bumchum severe : bum-chums
burrhead severe : burr-heads
butterface moderate : butter-faces
butthole mild : butt-faces butt-heads butt-holes butt-plugs
buttpirate strong : butt-pirates
camelhumper severe : camel-humpers
cameltoe strong : camel-toes
carpetmuncher severe : carpet-munchers
chingchong strong : ching-chongs
christkiller severe : christ-killers
chutneyferret severe : chutney-ferrets
circlejerk strong : circle-jerks
currymuncher strong : curry-munchers
dothead strong : dot-heads
doubledong strong : double-dongs
dryhump strong : dry-humps
faggot severe : fudge-packers
fingerbang strong : finger-bangs
fudgenudger severe : fudge-nudgers
fudgetunnel strong : fudge-tunnels
furburger strong : fur-burgers
goathumper severe : goat-humpers
gobjob strong : gob-jobs
halfcaste severe : half-castes
handshandy strong : hand-shandies
heshe severe : he-shes
hobag strong : ho-bags
hoodrat moderate : hood-rats
horndog strong : horn-dogs
hotcarl strong : hot-carls
hotkarl strong : hot-karls
jazzmag strong : jazz-mags
jerkwad moderate : jerk-wads
jewboy strong : jew-boys
kneegrow severe : knee-grows
knobhead moderate : knob-ends
knobjob strong : knob-jobs
knobjockey moderate : nob-jockeys
knockingshop strong : knocking-shops
landwhale moderate : land-whales
lovemuscle strong : love-muscles
loverod strong : love-rods
lovestick strong : love-sticks
mackerelsnapper moderate : mackerel-snappers
meatsword strong : meat-swords
moneyshot strong : money~shots
mooncricket severe : moon-crickets
mooseknuckle strong : moose-knuckles
mudshark severe : mud-sharks
muttondagger strong : mutton-daggers
nadsack strong : nad-sacks
nancyboy severe : nancy-boys
nignog severe : nig-nogs
nipslip strong : nip-slips
nutsack strong : ball-sacks nut-sacks
orgy strong : gang-bangs
ovendodger severe : oven-dodgers
paki severe : camel-jockeys rag-heads towel-heads
pavementape severe : pavement-apes
pillowbiter severe : pillow-biters
pizzaface moderate : pizza-faces
polesmoker strong : pole-smokers
poopchute strong : poop-chutes
poopusher severe : poo-pushers
porksword strong : pork-swords
pricktease strong : prick-teases
pumpum strong : pum-pums
rentboy strong : rent-boys
reversecowgirl strong : reverse-cowgirls
rugmuncher severe : rug-munchers
rumpranger severe : rump-rangers
sandmonkey severe : sand-monkeys
sausagejockey severe : sausage-jockeys
shirtlifter strong : shirt-lifters
skinflick strong : skin-flicks
skinflute strong : skin-flutes
spankbank strong : spank-banks
spearchucker severe : spear-chuckers
spic severe : wet-backs
tacobender severe : taco-benders
tarbaby severe : tar-babies
tingtong severe : ting-tongs
trampstamp strong : tramp-stamps
trousersnake strong : trouser-snakes
tugjob strong : tug-jobs
uncletom strong : uncle~toms
wagonburner severe : wagon-burners
windowlicker severe : window-lickers
yardape severe : yard-apes
shemale severe : she-male she-males
ladyboy strong : lady-boy lady-boys
buttbuddy severe : buttbuddy buttbuddies butt-buddy butt-buddies buttboy buttboys butt-boy butt-boys
lesbo severe : lezzo lezzos
`
