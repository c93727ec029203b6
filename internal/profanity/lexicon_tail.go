package profanity

// lexiconTail is a fourth round of vocabulary written by the Bedside project
// from general knowledge of English vulgarity (US, UK, Irish, Australian and
// internet usage) and of the vulgarities patients bring from other
// languages. It goes for the long tail the first three rounds left: rarer
// spellings of the commonest words, sexual-act phrases and the well-known
// shock-meme names, euphemistic compounds, insults on strong roots that the
// compound analysis cannot split, and older or rarer slurs of every kind.
// Format and severities as in lexicon_extra.go; every form was checked to be
// new (Find missed it before this round) and no ordinary English word, name
// or place: a word with an innocent sense carries "name" or is left out
// ("gyppy tummy", "whities", "mongos", "fromunder", "beat the meat" of a
// recipe, "blew a load of money", "eat her out of house and home").
const lexiconTail = `
fuck strong : fxxk fxxks fxxked fxxker fxxkers fxxking fxxkin foff fuxxor fuxed fookn fookd feckn fcukd fawkd fhuck fhucking mfking mfkin
motherfucker severe : mothrfckr mutherfker moefo moefoe mofoe
cunt severe name : coont coonts
cunt severe : seeyounexttuesday
nigger severe : nigaz nigr nyggr neeger neegers neegroe kneegro kneegroe nee~grow nigtard nigtards
faggot severe : faggo fahgot fahggot fagat fagut faget fagets fagette fagettes
bitch moderate : bitxh biach biaches beatch beatches biznatch biznitch bizatch byotch biyotch
whore strong : hoer hoeren
slut strong : slooty slooties slewt slewts
retard severe : retartid retardid rtarded retarrded reetarded tardlet mentard mentards
dick strong : dixx dickend dickends
dick strong name : dyck dycks
pussy strong : poosey poossy poosay
ass moderate : roflmao rotflmao
asshole strong : ashole asholes arshole arsholes asshoel asshoal
bastard moderate : bastud
twat strong : twotz
wanker strong : whanker whankers
tranny severe : tranney trannee tranneys trannoid trannoids
chink severe : chinkk chynk chynks chinkee chinkees chinkos chinkface
cocksucker strong : cocksooker
* strong : assfisting assfister buttjob buttjobs facesit headjob headjobs thighjob thighjobs titjobbing tittyjob tittyjobs buttrape buttraped assrimming assrimmer muffdived shagfest shagbag shagbags shagpad shagwagon
* strong : anal~play sodomizer sodomiser sodomised sodomising cockhungry cock~hungry dickhungry cumhungry cum~hungry spermhungry
* strong : pound-the-pud pounding-the-pud pound-my-pud yank-my-crank yanking-my-crank slap-the-salami slapping-the-salami tickle-the-pickle strangle-the-snake stroke-my-cock stroke-the-salami jerking-my-dick beat-my-bishop
* strong : bust-a-load busted-a-load blowing-my-load blowing-his-load blown-my-load shooting-my-load shooting-his-load dip-my-wick dipping-my-wick dipped-my-wick
* strong : eat-my-arse eat-a-dick eat-my-dick eat-my-cock eat-a-cock eats-a-dick suck-my-tits suck-my-titties suck-his-cock suck-his-dick sucked-his-cock sucked-his-dick sucking-his-cock sucking-his-dick suck~off sucked~off sucking~off sucks~off sucky-sucky
* strong : reach~around reach~arounds double~penetrated chicks-with-dicks
* strong : twogirlsonecup onemanonejar jarsquatter lemon~party bluewaffle blue~waffle mrhands goatsecx goatcx alabama-hot-pocket arabian-goggles angry~dragon pink~sock glassbottomboat brown~shower brownshowers yellow~shower rainbow~party splooge~moose wrinkled~starfish chocolate~rosebud chocolate~rosebuds rosy~palm donkey~show
* strong : boabie bawjaws baw-bag bawsack bawsacks ball-juice scrotebag scrotebags whiskeydick whiskey~dick whiskydick whisky~dick one-eyed-trousersnake pink~oboe love~truncheon yogurt~slinger yoghurt~slinger cum~gun schmeckel schmekel shmeckle schmeckle spam~javelin meat~popsicle pink~torpedo womb~broom
* strong : clungey clungebag clungebags poonanni poonhole va-jay-jay vajj vagene vadgey beef~flaps beaver~lips beaver~cleaver cooze coozes kootch kootchie fishmitten fannyflap mingeflaps
* strong : titays tittays tittehs titteh titiez gazongas gazongers gazungas bazoongies breasticles jublies dirty~pillows titty~twister asscheeks ass~cheeks arsecheeks arse~cheeks
* strong : gizzum gizz gisms jisum splooj sploogy spludge fromunda fromunda~cheese sperm~juice queefer queaf queafs queafing spunkgurgler spunk~gurgler cumgargler cum~gargler cumwhistle cumpuffin spunkwhistle
* moderate : crap-for-brains crapforbrains turdblossom pissbaby pissweak piss-weak doodoohead poopface jobbie jobbies
* strong : cocksleeve cocksleeves cock~sleeve cockcage cock~cage cocksmack cockwhistle asshattery asshatted asspuffin arsepuffin assplank bellendsprout nobhed skankface slagface mingeface clungeface bollockface
* strong : lotlizard lot~lizard lotlizards crackho crack~ho crackhoe crackhoes crackhos thottie thotties skankhoe
* strong : pornified pornaholic pornaholics spankwire bangbros realitykings stroke~mag fapbank fapmaterial fap~material pedobear kiddyporn kiddy~porn pthc pedoes findom paypig paypigs pay~pig cockcages ponyplay omorashi goregasm kinbaku
* severe : abeed abeeds alligatorbait alligator~bait bixnood bix~nood bootlipped dindunuffin dindu~nuffin moolignon moolinyan moolinyans mulignan mulignans mulinyan nigres zipcoon zip~coon coonfaced
* severe name : schvartzer shvartzer schwartze boshe
* severe : chingchang ching~chang gookland japtard japtards pooinloo poo-in-loo streetshitting diaperhead diaper~head diaperheads turbanhead turban~head turbanheads islamotard islamotards muzzletard pakiface wogface beanerface
* severe : beanerito pepperbelly pepperbellies spicaroo tacohead tacoheads taco~head
* severe : eyetye krautland hunyak hunyaks diddikoi bogtrotting neechee neechees neechie neechies blanketass blanket~ass gweipo
* severe : jewtard jewtards zhids zhyd christfag christfags catlicker catlickers cathlick catholicker
* severe : gaytards gaybo gaybos gayboi homotards homofags queerdo queerdos queerboi woofter woofters wooftah wooftahs poovy buftie bufties bufty buftey bufter bufters botty~boy bottyboy battybwoy batty~bwoy chichimen backdoorbandit backdoor~bandit back-door-bandit uphillgardener uphill~gardener pooshover pooshovers marmiteminer marmite~miner
* severe : carpetlicker carpet~licker carpetlickers dieseldyke diesel~dyke dieseldykes clamjouster clam~jouster lickalotapus troonery trooning she~he shehes
* severe : spazes spazmoid spazmoids spastard spastards
* strong : assplug assplugs arseplug ballbusted ballsniffer balltickler ballgargler bangable cocksmoke cocksniffing cockswallower cumcatcher cumdrinker cumsponge cumtrough deepthroater dickdipper dickfingers dicksnot dickzilla feltcher glorywhole hosebeast jismjuice limpdick nutsucker pantysniffer pussymonger queefy schlonging smegmahead spermbucket spunkgargler bag-of-dicks bag-of-cocks waste-of-spunk finger-banged hair-pies zipper-heads
* moderate : bumsucker bumsucking buttkiss buttkisser buttlick jackhole jerkass nastyass pissdrinker fartbag sumofabiatch
* severe : nigette skibby jappo jappos nippo nippos chinksy
* severe name : sudaca sudacas mongool
* strong name : fluffer fluffers
* severe : mosshead mossheads kotonk kotonks kungflu kung-flu carpetpilot carpet~pilot carpetpilots troomer troomers
* strong : fannylicker fannylickers bacon~bazooka cumtribute cumtributes girlcock
* severe : holohoax holohoaxer holohoaxers gas-the-jews gas-the-kikes
* strong : cornhub bumfun bum~fun cockwarmer cockwarmers cockwarming
* strong : cooming fml fmfl smfh gtfoh stfd stfup
* strong : chinga-tu-madre chingatumadre chingadera chingaderas chingando hijodeputa hijo-de-puta hijos-de-puta cabronazo cabronas cabrona conchetumare conchatumadre conchesumadre conchasumadre culiao culiado culiaos culiados mamaguebo puton putona putonas
* moderate : mierdoso mierdosa
* strong : filhodaputa filho-da-puta fodido fodida piroca putaria filsdepute fils-de-pute enfoire enfoires fotzen hurensohne arschficker fickdich kutwijf klootzakken tyfuslijer kankerlijer
* severe : bougnoule bougnoules bicot bicots youpin youpins maricona mariconazo ricchione ricchioni culattone culattoni schwuchteln
* strong : chuj chuja chujowy jebac jebany jebana jebane pierdole pierdolic spierdalaj skurwysyn skurwysyny kurwy kurewski pizdy nahuy mudak mudaki pizdets blyadi yobany yebat yebanyy zhopa sikerim siktirgit orospucocugu orospu-cocugu
* strong : kosomak kosomok kusomak kossomak kos-omak sharmoota sharmootah kahba kahbeh chutiyapa bhosdi bhosdika bhosdiwala bhosdiwale lawde lavde randwa chinaal haramzada haramzade haramkhor bhencho bsdk kantot kantutan pokpok pakyu pakshet
* strong : caonima shibal ssibal shiballom gaesaekki gaesaekkiya byungshin byeongsin yariman poutana poutanes benzona kusemek kus-emek kusemak bawbaggery
* strong name : sibal malaka malakas
`
