/**
 * A compact built-in list of common emoji with their Unicode names (lower case), loaded by
 * `rtk-emoji-picker` only when it opens. Each entry: the emoji, then its name; entries are
 * separated by `|`.
 */
const DATA =
  '❤heavy black heart|👍thumbs up sign|👎thumbs down sign|👏clapping hands sign|' +
  '🙌person raising both hands in celebration|🎉party popper|😀grinning face|' +
  '😁grinning face with smiling eyes|😂face with tears of joy|😃smiling face with open mouth|' +
  '😄smiling face with open mouth and smiling eyes|' +
  '😅smiling face with open mouth and cold sweat|' +
  '😆smiling face with open mouth and tightly-closed eyes|😇smiling face with halo|' +
  '😈smiling face with horns|😉winking face|😊smiling face with smiling eyes|' +
  '😋face savouring delicious food|😌relieved face|😍smiling face with heart-shaped eyes|' +
  '😎smiling face with sunglasses|😏smirking face|😐neutral face|😑expressionless face|' +
  '😒unamused face|😓face with cold sweat|😔pensive face|😕confused face|😖confounded face|' +
  '😗kissing face|😘face throwing a kiss|😙kissing face with smiling eyes|' +
  '😚kissing face with closed eyes|😛face with stuck-out tongue|' +
  '😜face with stuck-out tongue and winking eye|' +
  '😝face with stuck-out tongue and tightly-closed eyes|😞disappointed face|😟worried face|' +
  '😠angry face|😡pouting face|😢crying face|😣persevering face|😤face with look of triumph|' +
  '😥disappointed but relieved face|😦frowning face with open mouth|😧anguished face|' +
  '😨fearful face|😩weary face|😪sleepy face|😫tired face|😬grimacing face|😭loudly crying face|' +
  '😮face with open mouth|😯hushed face|😰face with open mouth and cold sweat|' +
  '😱face screaming in fear|😲astonished face|😳flushed face|😴sleeping face|😵dizzy face|' +
  '😶face without mouth|😷face with medical mask|😸grinning cat face with smiling eyes|' +
  '😹cat face with tears of joy|😺smiling cat face with open mouth|' +
  '😻smiling cat face with heart-shaped eyes|😼cat face with wry smile|' +
  '😽kissing cat face with closed eyes|😾pouting cat face|😿crying cat face|🙀weary cat face|' +
  '🙁slightly frowning face|🙂slightly smiling face|🙃upside-down face|🙄face with rolling eyes|' +
  '🙅face with no good gesture|🙆face with ok gesture|🙇person bowing deeply|🙈see-no-evil monkey|' +
  '🙉hear-no-evil monkey|🙊speak-no-evil monkey|🙋happy person raising one hand|🙍person frowning|' +
  '🙎person with pouting face|🙏person with folded hands|🤐zipper-mouth face|🤑money-mouth face|' +
  '🤒face with thermometer|🤓nerd face|🤔thinking face|🤕face with head-bandage|🤖robot face|' +
  '🤗hugging face|🤘sign of the horns|🤙call me hand|🤚raised back of hand|🤛left-facing fist|' +
  '🤜right-facing fist|🤝handshake|🤞hand with index and middle fingers crossed|' +
  '🤟i love you hand sign|🤠face with cowboy hat|🤡clown face|🤢nauseated face|' +
  '🤣rolling on the floor laughing|🤤drooling face|🤥lying face|🤦face palm|🤧sneezing face|' +
  '🤨face with one eyebrow raised|🤩grinning face with star eyes|' +
  '🤪grinning face with one large and one small eye|🤫face with finger covering closed lips|' +
  '🤬serious face with symbols covering mouth|' +
  '🤭smiling face with smiling eyes and hand covering mouth|🤮face with open mouth vomiting|' +
  '🤯shocked face with exploding head|🥰smiling face with smiling eyes and three hearts|' +
  '🥱yawning face|🥲smiling face with tear|🥳face with party horn and party hat|' +
  '🥴face with uneven eyes and wavy mouth|🥵overheated face|🥶freezing face|🥷ninja|' +
  '🥸disguised face|🥹face holding back tears|🥺face with pleading eyes|🧐face with monocle|' +
  '👊fisted hand sign|👋waving hand sign|👌ok hand sign|👐open hands sign|' +
  '👆white up pointing backhand index|👇white down pointing backhand index|' +
  '👈white left pointing backhand index|👉white right pointing backhand index|💪flexed biceps|' +
  '💓beating heart|💔broken heart|💕two hearts|💖sparkling heart|💗growing heart|💘heart with arrow|' +
  '💙blue heart|💚green heart|💛yellow heart|💜purple heart|💝heart with ribbon|💞revolving hearts|' +
  '💟heart decoration|🧡orange heart|🤍white heart|🤎brown heart|🐀rat|🐁mouse|🐂ox|🐃water buffalo|' +
  '🐄cow|🐅tiger|🐆leopard|🐇rabbit|🐈cat|🐉dragon|🐊crocodile|🐋whale|🐌snail|🐍snake|🐎horse|🐏ram|' +
  '🐐goat|🐑sheep|🐒monkey|🐓rooster|🐔chicken|🐕dog|🐖pig|🐗boar|🐘elephant|🐙octopus|🐚spiral shell|' +
  '🐛bug|🐜ant|🐝honeybee|🐞lady beetle|🐟fish|🐠tropical fish|🐡blowfish|🐢turtle|🐣hatching chick|' +
  '🐤baby chick|🐥front-facing baby chick|🐦bird|🐧penguin|🐨koala|🐩poodle|🐪dromedary camel|' +
  '🐫bactrian camel|🐬dolphin|🐭mouse face|🐮cow face|🐯tiger face|🐰rabbit face|🐱cat face|' +
  '🐲dragon face|🐳spouting whale|🐴horse face|🐵monkey face|🐶dog face|🐷pig face|🐸frog face|' +
  '🐹hamster face|🐺wolf face|🐻bear face|🐼panda face|🐽pig nose|🐾paw prints|🐿chipmunk|🦀crab|' +
  '🦁lion face|🦂scorpion|🦃turkey|🦄unicorn face|🦅eagle|🦆duck|🦇bat|🦈shark|🦉owl|🦊fox face|' +
  '🦋butterfly|🦌deer|🦍gorilla|🦎lizard|🦏rhinoceros|🌭hot dog|🌮taco|🌯burrito|🌰chestnut|🌱seedling|' +
  '🌲evergreen tree|🌳deciduous tree|🌴palm tree|🌵cactus|🌶hot pepper|🌷tulip|🌸cherry blossom|' +
  '🌹rose|🌺hibiscus|🌻sunflower|🌼blossom|🌽ear of maize|🌾ear of rice|🌿herb|🍀four leaf clover|' +
  '🍁maple leaf|🍂fallen leaf|🍃leaf fluttering in wind|🍄mushroom|🍅tomato|🍆aubergine|🍇grapes|' +
  '🍈melon|🍉watermelon|🍊tangerine|🍋lemon|🍌banana|🍍pineapple|🍎red apple|🍏green apple|🍐pear|' +
  '🍑peach|🍒cherries|🍓strawberry|🍔hamburger|🍕slice of pizza|🍖meat on bone|🍗poultry leg|' +
  '🍘rice cracker|🍙rice ball|🍚cooked rice|🍛curry and rice|🍜steaming bowl|🍝spaghetti|🍞bread|' +
  '🍟french fries|🍠roasted sweet potato|🍡dango|🍢oden|🍣sushi|🍤fried shrimp|' +
  '🍥fish cake with swirl design|🍦soft ice cream|🍧shaved ice|🍨ice cream|🍩doughnut|🍪cookie|' +
  '🍫chocolate bar|🍬candy|🍭lollipop|🍮custard|🍯honey pot|🍰shortcake|🍱bento box|🍲pot of food|' +
  '🍳cooking|🍴fork and knife|🍵teacup without handle|🍶sake bottle and cup|🍷wine glass|' +
  '🍸cocktail glass|🍹tropical drink|🍺beer mug|🍻clinking beer mugs|🍼baby bottle|' +
  '🍽fork and knife with plate|🍾bottle with popping cork|🍿popcorn|🥐croissant|🥑avocado|' +
  '🥒cucumber|🥓bacon|🥔potato|🥕carrot|🥖baguette bread|🥗green salad|🥘shallow pan of food|' +
  '🥙stuffed flatbread|🥚egg|🥛glass of milk|🥜peanuts|🥝kiwifruit|🥞pancakes|🥟dumpling|' +
  '🥠fortune cookie|🥡takeout box|🥢chopsticks|🥣bowl with spoon|🥤cup with straw|🥥coconut|' +
  '🥦broccoli|🥧pie|🥨pretzel|🥩cut of meat|🥪sandwich|🥫canned food|🥬leafy green|🥭mango|🥮moon cake|' +
  '🥯bagel|🎀ribbon|🎁wrapped present|🎂birthday cake|🎃jack-o-lantern|🎄christmas tree|' +
  '🎅father christmas|🎆fireworks|🎇firework sparkler|🎈balloon|🎊confetti ball|🎋tanabata tree|' +
  '🎌crossed flags|🎍pine decoration|🎎japanese dolls|🎏carp streamer|🎐wind chime|' +
  '🎑moon viewing ceremony|🎒school satchel|🎓graduation cap|🎠carousel horse|🎡ferris wheel|' +
  '🎢roller coaster|🎣fishing pole and fish|🎤microphone|🎥movie camera|🎦cinema|🎧headphone|' +
  '🎨artist palette|🎩top hat|🎪circus tent|🎫ticket|🎬clapper board|🎭performing arts|🎮video game|' +
  '🎯direct hit|🎰slot machine|🎱billiards|🎲game die|🎳bowling|🎴flower playing cards|' +
  '🎵musical note|🎶multiple musical notes|🎷saxophone|🎸guitar|🎹musical keyboard|🎺trumpet|' +
  '🎻violin|🎼musical score|🎽running shirt with sash|🎾tennis racquet and ball|🎿ski and ski boot|' +
  '🏀basketball and hoop|🏁chequered flag|🏂snowboarder|🏃runner|🏄surfer|🏅sports medal|🏆trophy|' +
  '🏇horse racing|🏈american football|🏉rugby football|🏊swimmer|🚀rocket|🚁helicopter|' +
  '🚂steam locomotive|🚃railway car|🚄high-speed train|🚅high-speed train with bullet nose|🚆train|' +
  '🚇metro|🚈light rail|🚉station|🚊tram|🚋tram car|🚌bus|🚍oncoming bus|🚎trolleybus|🚏bus stop|' +
  '🚐minibus|🚑ambulance|🚒fire engine|🚓police car|🚔oncoming police car|🚕taxi|🚖oncoming taxi|' +
  '🚗automobile|🚘oncoming automobile|🚙recreational vehicle|🚚delivery truck|🚛articulated lorry|' +
  '🚜tractor|🚝monorail|🚞mountain railway|🚟suspension railway|🚠mountain cableway|' +
  '🚡aerial tramway|🚢ship|🚣rowboat|🚤speedboat|🚥horizontal traffic light|' +
  '🌍earth globe europe-africa|🌎earth globe americas|🌏earth globe asia-australia|' +
  '🌐globe with meridians|🌑new moon symbol|🌒waxing crescent moon symbol|' +
  '🌓first quarter moon symbol|🌔waxing gibbous moon symbol|🌕full moon symbol|' +
  '🌖waning gibbous moon symbol|🌗last quarter moon symbol|🌘waning crescent moon symbol|' +
  '🌙crescent moon|🌚new moon with face|🌛first quarter moon with face|' +
  '🌜last quarter moon with face|🌝full moon with face|🌞sun with face|🌟glowing star|' +
  '🌠shooting star|💡electric light bulb|💥collision symbol|💦splashing sweat symbol|💧droplet|' +
  '💨dash symbol|💩pile of poo|💫dizzy symbol|💬speech balloon|💭thought balloon|💮white flower|' +
  '💯hundred points symbol|💻personal computer|💼briefcase|💽minidisc|💾floppy disk|💿optical disc|' +
  '📁file folder|📂open file folder|📃page with curl|📄page facing up|📅calendar|' +
  '📆tear-off calendar|📇card index|📈chart with upwards trend|📉chart with downwards trend|' +
  '📊bar chart|📋clipboard|📌pushpin|📍round pushpin|📎paperclip|📏straight ruler|📐triangular ruler|' +
  '📑bookmark tabs|📒ledger|📓notebook|📔notebook with decorative cover|📕closed book|📖open book|' +
  '📗green book|📘blue book|📙orange book|📚books|📛name badge|📜scroll|📝memo|' +
  '📢public address loudspeaker|📣cheering megaphone|📤outbox tray|📥inbox tray|📦package|' +
  '📧e-mail symbol|📨incoming envelope|📩envelope with downwards arrow above|' +
  '📪closed mailbox with lowered flag|📫closed mailbox with raised flag|' +
  '📬open mailbox with raised flag|📭open mailbox with lowered flag|📮postbox|📯postal horn|' +
  '📰newspaper|📱mobile phone|📲mobile phone with rightwards arrow at left|📳vibration mode|' +
  '📴mobile phone off|📵no mobile phones|📶antenna with bars|📷camera|' +
  '🔍left-pointing magnifying glass|🔎right-pointing magnifying glass|🔏lock with ink pen|' +
  '🔐closed lock with key|🔑key|🔒lock|🔓open lock|🔔bell|🔥fire|🔦electric torch|🔧wrench|🔨hammer|' +
  '🔩nut and bolt|🔪hocho|🔫pistol|✅white heavy check mark|❌cross mark|' +
  '❓black question mark ornament|❔white question mark ornament|' +
  '❕white exclamation mark ornament|❖black diamond minus white x|' +
  '❗heavy exclamation mark symbol|✨sparkles|🚨police cars revolving light|☕hot beverage|' +
  '⭐white medium star|⚡high voltage sign|☀black sun with rays|☁cloud|' +
  '☔umbrella with rain drops|⌛hourglass|⏰alarm clock|✋raised hand|✌victory hand|' +
  '☝white up pointing index';

/** One emoji and its name (for search; screen readers name the emoji themselves). */
export interface Emoji {
  char: string;
  name: string;
}

/** The emoji, in picker order. */
export const emoji: readonly Emoji[] = DATA.split('|').map((entry) => {
  const match = /^([^a-z0-9]+)(.*)$/.exec(entry);
  return { char: match?.[1] ?? entry, name: match?.[2] ?? '' };
});
