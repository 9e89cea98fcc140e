// Ad and affiliate disclosures: the site's notice wherever it stands, above the story as often as below.
const DISCLOSURE =
  /(advertising disclosure|affiliate[- ](links?|disclosure|partner)|es handelt sich um affiliate|(beitrag|artikel|post) enthält (werbung|affiliate)|(may|we|will|might|could) (receive|earn) (a |an )?(small )?(affiliate )?(compensation|commissions?)|(we|i) (may|might|could) be compensated|earns? us (a |an )?(small )?commission|provisionslinks?|(erhalten|bekommen|verdienen) (wir )?(dafür )?(eine |ggf\. |gegebenenfalls )?provision|erhält .{0,40}provision|provision (erhält|erhalten|bekommt|bekommen)|advertising disclaimer)/i;

// Notes on the page rather than the story: how its content is reviewed ("… is committed to
// providing accurate information", "our editorial policy"), and warnings about the reader's browser.
const PAGE_NOTE =
  /((you are|you're) using (an? )?(outdated|older|old|unsupported) (version of (your )?)?(web )?browser|internet explorer( \d+)? (or older|is no longer supported|is not supported)|(upgrade|update) your (web )?browser|your browser (is out of date|is (not|no longer) supported)|our editorial (policy|standards|guidelines)|(is|are) committed to (providing|delivering|bringing|giving) .{0,80}(accurate|objective|trustworthy|unbiased|up-to-date|reliable))/i;

/** True for an ad, affiliate or editorial disclosure ("We may earn a commission …"), or a browser warning: never story text. */
export function isDisclosureText(text: string): boolean {
  return (DISCLOSURE.test(text) && DISCLOSURE.test(outsideAsides(text))) || PAGE_NOTE.test(text);
}

// A sentence that marks the links it names in an aside ("I use this castile soap (affiliate
// link)") is the story's; a disclosure says so in its own words, or is all aside.
function outsideAsides(text: string): string {
  const rest = text.replace(/\([^()]*\)/g, ' ');
  return rest.trim() ? rest : text;
}

// Site notices that close an article: log-in and comment rules, spam filters, support, donation
// and membership asks, paywalls, rights and trademarks, opinion and advice disclaimers,
// republishing notes, app promotions, follow and channel asks, calls for letters and tips,
// transcript notes, blog post footers, cookie banners, the credit line of a story made with a
// partner ("This story … was produced by The Hechinger Report"); and the disclosures above.
const NOTICE =
  /(logged in to (post|comment)|log in to (comment|reply)|eingeloggt sein|anmelden, um|akismet|enjoyed (reading )?this (post|article)|consider supporting|already (have an account|a (subscriber|member))\?|unlock (this|the full) (article|story)|support our (work|journalism|mission)|unterstütze(n sie)? uns\b|(brauchen|benötigen) wir (deine|ihre|eure) unterstützung|unterstützungsmöglichkeiten|spenden sie (jetzt|hier)|jetzt (mit paypal )?spenden|apoya (el|nuestro|al) periodismo|(one-off|one-time|monthly|recurring) (donations?|contributions?)|^(donate|spenden|faire un don|donar)( now| jetzt)?!?$|pour lire la suite|to continue reading|weiterlesen mit|all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados|wszelkie prawa zastrzeżone|materiał chroniony|unter der lizenz|under (a|the) creative commons|follow (us|the [\w ]{1,30}) on (twitter|facebook|instagram|x|linkedin|tiktok|threads)|follow (me|us) on social media|\bi (receive|earn) (direct )?(financial )?compensation|(is|are) (a )?registered trademarks? (of|owned by)|owns the (certification|trade) ?marks|send us a message on whatsapp|straight to your phone|download (our|the) ([\w-]+ ){0,3}apps?\b|lade weitere inhalte|load more|this entry was posted in|bookmark the permalink|nicht eingeloggt|permission must be obtained|copyrighted property|(artikel|beitrag) gefallen\?|vergiss nicht,? (ihn |es )?zu teilen|if you (liked|enjoyed) this (post|article|story)|(der|dieser) (beitrag|eintrag) wurde am .{0,80}veröffentlicht|alle angaben ohne gewähr|comments? (are )?closed|kommentare (sind )?geschlossen|commentaires (sont )?fermés|we use cookies|(site|website) uses cookies|use of (all )?(the )?cookies|wir (verwenden|nutzen) cookies|(seite|website) (verwendet|nutzt) cookies|nous utilisons des cookies|utilizamos cookies|utilizziamo (i )?cookie|(gibt|geben) (die|nur die) meinung de[sr] (autors|autorin|verfassers)|nicht (notwendigerweise|unbedingt) die (meinung )?der redaktion|(do|does) not necessarily (reflect|represent)|(is|are) not necessarily (those|the (views|opinions)) of|not responsible for the (opinions|content|views)|submit (your|a) letter|letters? to the editor:|subscribers (also )?(receive|get) a|(hazte|hágase|hacete) miembro|apóyanos|únete a nuestra comunidad|canal de (telegram|youtube|whatsapp)|(telegram|whatsapp|youtube)[- ]?(channel|kanal)|(erstellt|geschrieben|veröffentlicht) am .{0,60} (abgelegt|gespeichert) unter|small favou?r to ask|please consider (pitching in|donating|making a (donation|gift|contribution)|becoming a (member|supporter|subscriber))|fundraising (campaign|drive|effort)|(funded|supported|made possible) by (readers|members|listeners|viewers|donors|supporters) like you|not (intended (as|to be) )?a substitute for (professional )?(medical|legal|financial) advice|(is|are) (provided )?for (general )?informational (and educational )?purposes|should not be (considered|construed as|taken as|relied (up)?on as) (medical|legal|financial|tax|investment|professional) advice|(also|originally|first) appeared in the .{1,40} issue of|republished (from|with permission|under)|(fill out|complete) the form below|transcripts? (text )?may (vary|be revised|not be in (its|their) final form)|^the post .{1,200} appeared first on [^.,;]{1,60}\.?$|^this (story|article|piece|report)\b[^.]{0,140}?\b(produced|co-published|developed) (by|in partnership with|in collaboration with)\b)/i;

/** True for a site notice (log-in rules, rights, disclosures) rather than story text. */
export function isNoticeText(text: string): boolean {
  return NOTICE.test(text) || isDisclosureText(text);
}

// Page templates fill their empty slots with "Lorem ipsum dolor sit amet …".
const PLACEHOLDER = /^\W*lorem ipsum\b/i;

/** True for a template's dummy text, or a heading made of it ("Lorem ipsum 2"). */
export function isPlaceholderText(text: string): boolean {
  return PLACEHOLDER.test(text);
}
