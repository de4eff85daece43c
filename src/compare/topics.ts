/**
 * The taxonomy of topics a coalition's principles are compared by, after the Constitute Project's topics
 * (constituteproject.org) narrowed and widened for the founding texts of organizations: membership, dues,
 * officers and assemblies beside rights, economy and the state. Each topic has cue words in English,
 * Spanish, French and German (a cue listed under one language also finds the same word in another),
 * written folded (lower case, no accents, as tokenize.ts's `words` gives them), separated by commas:
 * - `wage*` is a word starting with "wage", `pay` the word itself, `*lohn*` a word containing "lohn" and
 *   `*lohn` one ending with it (German compounds: "Mindestlohn"); words in one cue make a phrase;
 * - a leading `~` marks a weak cue (half weight): common or ambiguous words that alone do not decide.
 * The tagger (topic-tagger.ts) tags a principle with a topic when its cues weigh 1 or more.
 * Topic ids are contracts (the CLI's JSON, corrections stored in workspaces): add, never rename.
 */

export const CUE_LANGUAGES = ['en', 'es', 'fr', 'de'] as const;
type CueLanguage = (typeof CUE_LANGUAGES)[number];

export interface Topic {
  /** Stable id: lower case words joined by "-". */
  id: string;
  /** The name delegates see. */
  label: string;
  /** Cue patterns by language (see the top of this file). */
  cues: Readonly<Record<CueLanguage, readonly string[]>>;
}

/** One topic per "id | label" line, then a line of cues per language; a deeper indent continues a line. */
const TAXONOMY = `
aims | Aims and purposes
  en ~purpose*, aim, aims, objective*, goal*, mission, our object*
  es objetivo*, finalidad*, proposito*
  fr objectif*, finalite*
  de ziel, ziele, zielen, zweck*
membership | Membership
  en membership, new members, ~member, ~members, ~admission*, ~admit*, join the
  es afiliad*, afiliacion*, militante*, ~miembro*, ~socio, ~socios, ~socias, membresia*
  fr adherent*, adhesion*, ~membre, ~membres
  de mitglied*, *mitglied*
finances | Finances and dues
  en dues, budget*, financ*, treasur*, fund, funds, funding, money, accounts, audit*, donation*, expenditure*
  es cuota*, presupuest*, tesorer*, fondos, dinero, cuentas, donacion*, gasto*
  fr cotisation*, tresor*, fonds, argent, comptes, depense*
  de beitrag*, beitrage, haushalt*, finanz*, kasse*, schatzmeister*, geld*, spende*, *beitrag*
decision-making | Decision-making and voting
  en decision*, decide*, vote, votes, voted, voting, majority, quorum, resolution*, ballot*, consensus
  es decid*, votar, voto, votos, votacion*, mayoria*, consenso
  fr voter, majorite*, scrutin*
  de entscheid*, beschluss*, beschliess*, abstimm*, mehrheit*, konsens*, *entscheid*
officers | Officers and terms of office
  en officer*, chair, chairman, chairperson, secretary, ~president*, leader, leaders, term of office, terms of
     office, mandate*, office holder*
  es presidenta, secretari*, cargo, cargos, mandato*, dirigente*
  fr secretaire*, mandat, mandats, dirigeant*, bureau
  de vorsitz*, vorstand*, prasident*, amtszeit*, amt, *vorsitz*
elections | Elections
  en elect*, ~chosen, candidate*, re elect*, reelect*
  es eleccion*, elegi*, elig*, candidat*
  fr elire, elu, elus, elue, elues
  de wahl, wahlen, gewahlt*, wahlt, kandidat*, *wahl
assemblies | Assemblies, congresses and meetings
  en general assembly, assembly, congress, convention, meeting*, ~session*
  es asamblea*, congreso*, reunion*
  fr assemblee*, congres
  de versammlung*, kongress*, parteitag*, sitzung*, *versammlung*
bodies | Committees, councils and delegates
  en committee*, council*, board, boards, delegate*, delegation*, secretariat
  es comite*, consejo*, junta*, delegad*
  fr conseil*, delegue*
  de ausschuss*, gremium*, gremien, delegiert*, rat, *ausschuss*
amendment | Amending the constitution
  en amend*, ~constitution, bylaw*, by laws, statute*
  es enmiend*, ~constitucion, estatuto*, reforma del*, modificacion*
  fr amendement*, ~statut, ~statuts, revision*, modifier
  de satzung*, *satzung*, ~verfassung*, *anderung*
discipline | Discipline and disputes
  en disciplin*, expel*, expulsion*, dispute*, ~grievance*, sanction*, arbitrat*, suspend*, suspension*
  es expuls*, sancion*, conflicto*, arbitraj*, suspension*
  fr exclusion*, litige*, arbitrage*
  de ausschluss*, ausgeschlossen, disziplin*, schlicht*, streit*, schiedsgericht*
transparency | Transparency and information
  en transparen*, ~public, ~publicly, publish*, ~report*, information, open to the public, disclos*
  es publica*, publicidad, informe*, informacion*
  fr publier, rapport*
  de offentlich*, bericht*, veroffentlich*
accountability | Accountability and recall
  en accountab*, recall*, ~responsib*, oversight, answerable, impeach*
  es rendicion de cuentas, revoca*, ~responsab*
  fr rendre compte, destitu*
  de rechenschaft*, ~verantwort*, abberuf*, abwahl*
wages-labour | Wages and labour
  en wage, wages, salar*, ~pay, ~paid, ~payment*, labour*, labor, labors, laborer*, worker*, workmen, workers,
     working class, working day, hours of work, ~work, employ*, unemploy*, proletaria*, remunerat*
  es salario*, sueldo*, trabaj*, obrer*, jornada*, empleo*, desempleo*, remuneracion*, laboral*, proletari*
  fr salaire*, salarie*, travail*, ouvrier*, emploi*, chomage*, proletari*
  de lohn, lohne, lohnen, lohnarbeit*, *lohn, gehalt*, ~arbeit, arbeiter*, arbeitnehmer*, *arbeiter*, beschaftig*,
     entgelt*, arbeitszeit*
unions-strikes | Trade unions and strikes
  en trade union*, labour union*, labor union*, strike, strikes, collective bargaining, combination of workers
  es sindica*, huelga*, negociacion colectiva
  fr syndica*, greve*, convention collective
  de gewerkschaft*, *gewerkschaft*, streik*, tarifvertrag*
ownership | Property and ownership
  en property, properties, ownership, owned, owner*, possess*, expropriat*, confiscat*, inherit*, inheritance
  es propiedad*, propietari*, expropia*, herencia*, confisca*
  fr propriete*, proprietai*, expropri*, heritage*
  de eigentum*, *eigentum*, besitz*, enteign*, erbrecht*, erbe
economy | Economy, capital and production
  en capital, capitalis*, production, means of production, industr*, econom*, market*, enterprise*, bourgeois*,
     manufactur*, commodit*
  es produccion*, industri*, mercado*, empresa*, burgues*
  fr entreprise*, marche, marches, bourgeoisie
  de kapital*, produktion*, wirtschaft*, *wirtschaft*, markt*, unternehm*, bourgeoisie
cooperatives | Co-operatives and the commons
  en cooperative*, co operative*, mutual aid, common ownership, commons, collective ownership, socialis*
  es cooperativa*, propiedad colectiva, socialis*, autogestion*
  fr cooperative*, mutuel*, autogestion
  de genossenschaft*, *genossenschaft*, gemeineigentum*, sozialis*, selbstverwalt*
taxation | Taxation
  en tax, taxes, taxation, taxed, levy, levies, tariff*, imposts, ~duties, excise*
  es impuesto*, tributo*, tributari*, arancel*, fiscal*
  fr impot*, taxe, fiscalite*
  de steuer, steuern, besteuer*, *steuer, abgabe*, zoll, zolle
trade | Trade and commerce
  en commerce, commercial, exports, imports, trade with, free trade, merchant*
  es comercio*, comercial*, exportacion*, importacion*
  fr commercant*, echanges
  de handel, handels*, *handel, aussenhandel*
social-security | Social security and welfare
  en welfare, social security, pension*, insurance, unemployment, old age, sickness, disabilit*, poverty, poor relief
  es seguridad social, jubilacion*, desempleo, subsidio*, pobreza, bienestar
  fr securite sociale, retraite*, allocation*, pauvrete
  de sozialversicher*, rente, renten*, arbeitslos*, sozialhilfe*, armut*, sozialstaat*
health | Health
  en health*, medical, medicine*, hospital*, disease*
  es salud, sanitari*, medic*, enfermedad*
  fr sante, hopita*, maladie*
  de gesundheit*, medizin*, krankenhaus*, krankenversicher*, arzt, krankheit*
education | Education
  en educat*, school*, teach*, instruction, universit*, literacy
  es educa*, escuela*, ensenanza*, instruccion*, universidad*
  fr ecole*, enseign*, formation
  de bildung*, *bildung*, schule*, *schule*, unterricht*, erzieh*, ausbildung*
housing | Housing
  en housing, dwelling*, rent, rents, rental*, homeless*, shelter, lodging*, landlord*, tenant*
  es vivienda*, alquiler*, alojamiento*
  fr logement*, loyer*, habitat
  de wohnung*, *wohnung*, wohnen, miete, mieten, mieter*, obdach*
land | Land, agriculture and natural resources
  en lands, landed, ~land, agricultur*, farm*, peasant*, natural resources, ground rent
  es tierra*, agrar*, agricol*, campesin*, recursos naturales
  fr terre, terres, paysan*, ressources naturelles
  de boden*, grund und boden, landwirtschaft*, bauer, bauern*, bodenschatze*
equality | Equality and non-discrimination
  en equal*, inequalit*, discriminat*, without distinction, irrespective of, regardless of
  es igual*, desigual*, discrimina*, sin distincion
  fr egal*, inegal*, sans distinction
  de gleichberecht*, gleichheit*, gleichstell*, ungleich*, diskrimin*, ~gleich
gender | Women and gender
  en women, woman, gender, sex, sexes, female*, feminis*, men and women
  es mujer, mujeres, genero, sexo*, feminis*
  fr femme, femmes, sexe*
  de frau, frauen, *frauen*, geschlecht*, feminis*
family | Family, marriage and children
  en family, families, marriage*, married, marry, husband*, wife, wives, child, children, parent*
  es familia, familias, matrimonio*, hijo*, hija*, nino*, infancia*, esposa*
  fr famille*, mariage*, enfant*, epoux, epouse*
  de familie*, ehe, kinder, ehefrau*, eltern
expression | Freedom of expression and the press
  en speech, expression, the press, freedom of opinion, censor*, opinion*
  es expresion*, prensa, censura*, opinion*
  fr presse, censure*
  de meinung*, meinungsfreiheit*, pressefreiheit*, zensur*
religion | Religion and conscience
  en religio*, worship*, church*, conscience, belief*, ~faith
  es culto, iglesia*, conciencia*, creencia*
  fr culte*, eglise*, croyance*
  de glaube*, kirche*, gewissen*, weltanschau*
association | Freedom of assembly and association
  en peaceably, peaceful assembly, ~association*, ~associate*, freedom of assembly, freedom of association,
     right to organize, right to organise, ~organize, ~organise
  es ~asociacion*, ~asociar*, reunion pacifica, libertad de reunion, libertad de asociacion, derecho de asociacion
  fr reunion pacifique, liberte de reunion, liberte d association, droit d association
  de ~vereinigung*, versammlungsfreiheit*, vereinigungsfreiheit*, ~verein, ~vereine
liberty | Liberty and security of the person
  en arrest*, detention*, detained, torture*, slavery, slave*, servitude, ~search*, seizure*, warrant*, habeas
     corpus, security of person, right to life
  es detenci*, detenid*, tortura*, esclav*, servidumbre
  fr arrestation*, tortur*, esclavage*
  de verhaft*, festnahm*, folter*, sklave*, sklaverei*, durchsuch*
justice | Courts, trials and justice
  en court*, trial*, judge*, judicia*, jury, juries, punish*, due process, crime*, criminal*, tribunal*, penalt*,
     prosecut*, innocent
  es juicio*, juez, jueces, judicial*, tribunales, delito*, crimen*
  fr proces, juge, juges, judiciaire*, peine*
  de gericht*, *gericht*, richter*, strafe*, strafrecht*, verbrechen*, unschuld*, prozess*
privacy | Privacy
  en privacy, private life, correspondence, personal data
  es privacidad*, intimidad*, vida privada, correspondencia*, datos personales
  fr vie privee, intimite*, correspondance*, donnees personnelles
  de privatsphare*, privatleben*, briefgeheimnis*, datenschutz*
software-knowledge | Software, licences and knowledge
  en software, source code, licen*, free software, copyright*, intellectual property, patent*, ~program, ~programs
  es codigo fuente, licencia*, derechos de autor, patente*
  fr logiciel*, code source, droit d auteur, brevet*
  de quellcode*, lizenz*, urheberrecht*
citizenship | Citizenship, nationality and migration
  en citizen*, nationalit*, immigra*, emigra*, migra*, asylum, naturaliz*, refugee*, foreigner*, aliens
  es ciudadan*, nacionalidad*, inmigra*, asilo, refugiad*, extranjer*
  fr citoyen*, asile, refugie*, etranger*
  de staatsangehorig*, staatsburger*, einwander*, auswander*, asyl*, fluchtling*, auslander*
democracy | Democracy and sovereignty of the people
  en democra*, sovereign*, ~the people, self government, popular will, will of the people
  es soberan*, ~pueblo, voluntad popular
  fr souverain*, ~peuple
  de demokrat*, souveran*, ~volk, volkssouveran*
internationalism | Internationalism and solidarity
  en international*, solidarity, nations, all countries, worldwide, world wide, global*, ~abroad, ~foreign
  es internacional*, solidaridad*, naciones, todos los paises, mundial*
  fr solidarite*, tous les pays, mondial*
  de solidaritat*, volker, weltweit*, aller lander
peace-defence | Peace, war and defence
  en war, wars, peace, peacetime, ~peaceful, militar*, armed, arms, army, armies, ~defence, ~defense, troops,
     soldier*, weapon*, navy, militia*
  es guerra*, paz, ejercito*, defensa, armas, soldado*
  fr guerre*, paix, militaire*, armee*, defense, armes, soldat*
  de krieg*, *krieg*, frieden*, militar*, armee, verteidig*, waffe*, soldat*
environment | Environment and climate
  en environment*, ecolog*, climate*, pollut*, ~nature, sustainab*, biodivers*, emission*
  es ambiental*, medio ambiente, clima, climatic*, contamina*, naturaleza*, sostenib*
  fr environnement*, climat*, pollu*, durable*
  de umwelt*, *umwelt*, okolog*, klima*, *klima*, verschmutz*, natur, nachhaltig*
federalism | Federalism, states and regions
  en federal*, confedera*, the states, several states, each state, state legislature*, territor*, province*, region*,
     autonom*, decentrali*
  es provincia*, comunidades autonomas, descentraliz*
  fr decentralis*
  de foderal*, bundeslander, lander, landes*, dezentral*
legislature | Legislature and lawmaking
  en legislat*, parliament*, senate*, senator*, representatives, house of representatives, ~law, ~laws, enact*
  es legisla*, parlament*, senad*, diputad*, ~ley, ~leyes
  fr parlement*, senat*, depute*, ~loi, ~lois
  de gesetzgeb*, bundestag*, abgeordnet*, ~gesetz, ~gesetze
executive | Executive power and government
  en executive*, governor*, administration*, ~government*, head of state, cabinet, minister*
  es ejecutiv*, ~gobierno*, administracion*, ministro*
  fr executif*, ~gouvernement*, ministre*
  de exekutiv*, ~regierung*, verwaltung*, minister
human-rights | Human rights and dignity
  en human rights, dignity, ~rights, ~freedom*, ~liberty, ~liberties, fundamental rights, inalienable
  es derechos humanos, dignidad*, ~derechos, ~libertad*
  fr droits de l homme, droits humains, dignite*, ~droits, ~liberte*
  de menschenrecht*, menschenwurde*, grundrecht*, ~freiheit*, ~rechte
culture | Culture and language
  en culture*, cultural*, language*, arts, heritage, tradition*
  es cultura*, lengua, lenguas, idioma*, patrimonio*
  fr langue, langues, patrimoine*
  de kultur*, *kultur*, sprache*, kunst*
science | Science, research and technology
  en scien*, technolog*, research*, invent*, discover*
  es ciencia*, cientific*, tecnolog*, investigacion*
  fr recherche*, scientifique*
  de wissenschaft*, *wissenschaft*, forschung*, technik*
dissolution | Dissolution and merger
  en dissol*, wind up, winding up, merger*, liquidat*
  es disolucion*, disolver*, liquidacion*, fusion*
  fr dissoudre, liquidation*
  de auflosung*, aufgelost*, zusammenschluss*
`;

function isCueLanguage(value: string): value is CueLanguage {
  return CUE_LANGUAGES.some((language) => language === value);
}

function parseTaxonomy(text: string): Topic[] {
  const topics: Array<{ id: string; label: string; lines: Record<CueLanguage, string> }> = [];
  let language: CueLanguage = 'en';
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const head = /^([a-z-]+) \| (.+)$/.exec(line);
    if (head) {
      topics.push({ id: head[1] ?? '', label: head[2] ?? '', lines: { en: '', es: '', fr: '', de: '' } });
      continue;
    }
    const current = topics.at(-1);
    const first = /^ {2}([a-z]{2}) (.+)$/.exec(line);
    const more = /^ {5}(.+)$/.exec(line);
    const named = first?.[1];
    if (named !== undefined && isCueLanguage(named)) language = named;
    else if (!more) throw new Error(`topics.ts: cannot read the taxonomy line "${line}"`);
    // A continued line goes on where the last one stopped: a phrase may be cut across the two.
    if (current) current.lines[language] = `${current.lines[language]} ${first?.[2] ?? more?.[1] ?? ''}`;
  }
  const cues = (line: string): string[] =>
    line
      .split(',')
      .map((cue) => cue.trim().replace(/\s+/g, ' '))
      .filter((cue) => cue !== '');
  return topics.map(({ id, label, lines }) => ({ id, label, cues: { en: cues(lines.en), es: cues(lines.es), fr: cues(lines.fr), de: cues(lines.de) } }));
}

export const TOPICS: readonly Topic[] = parseTaxonomy(TAXONOMY);

const TOPIC_INDEX: ReadonlyMap<string, Topic> = new Map(TOPICS.map((topic) => [topic.id, topic]));

/** The topic with this id, if the taxonomy has it. */
export function topicById(id: string): Topic | undefined {
  return TOPIC_INDEX.get(id);
}
