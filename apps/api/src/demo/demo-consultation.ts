/**
 * Contenu de la consultation de démonstration d’Amendo :
 * le « Projet de schéma régional du numérique ».
 *
 * Chaque article est un texte de plusieurs lignes (séparées par « \n ») ;
 * chaque ligne peut être amendée individuellement par les participants.
 * Les articles sont numérotés par l’application, dans l’ordre de leur apparition.
 */

export interface DemoArticle {
  readonly title: string;
  readonly text: string;
}

export interface DemoSection {
  readonly title: string;
  readonly articles: readonly DemoArticle[];
}

export const DEMO_CONSULTATION: {
  readonly slug: 'schema-regional-du-numerique';
  readonly title: 'Projet de schéma régional du numérique';
  readonly summary: string;
  readonly sections: readonly DemoSection[];
} = {
  slug: 'schema-regional-du-numerique',
  title: 'Projet de schéma régional du numérique',
  summary: [
    'Le projet de schéma régional du numérique fixe, pour la période 2027-2032, les orientations de la Région en matière de créativité, de citoyenneté, de relocalisation, de patrimoine, de sobriété et d’inclusion numériques.',
    'Il est issu de six ateliers thématiques ouverts aux habitantes et aux habitants, aux associations, aux entreprises et aux collectivités du territoire.',
    'Chaque ligne du texte peut être amendée : proposez une nouvelle rédaction, votez « d’accord », « mitigé » ou « pas d’accord » sur les propositions des autres participants et argumentez pour éclairer le débat.',
    'À l’issue de la consultation, les élus régionaux répondront publiquement aux amendements, en indiquant ceux qu’ils retiennent et les raisons de leurs choix.',
  ].join(' '),
  sections: [
    {
      title: 'Créativité — Faire de la région une terre de création numérique',
      articles: [
        {
          title: 'Un fonds régional pour les industries culturelles et créatives numériques',
          text: [
            'I. — La Région crée un fonds de soutien aux industries culturelles et créatives numériques, doté de 12 millions d’euros sur la période 2025-2030.',
            '1° Le fonds soutient la création, la production et la diffusion d’œuvres numériques : jeu vidéo, animation, réalité virtuelle, création sonore, arts numériques.',
            '2° Au moins 40 % des crédits sont réservés aux structures de moins de dix salariés et aux autrices et auteurs indépendants.',
            '3° Au moins 30 % des projets soutenus sont portés par des équipes implantées hors des métropoles régionales.',
            'II. — Les aides sont attribuées après avis d’un comité de sélection composé à parts égales de professionnels, d’élus et de citoyens tirés au sort.',
            'III. — Les projets soutenus respectent des critères d’écoconception et d’accessibilité définis par le règlement du fonds.',
            'IV. — Les œuvres financées à plus de 50 % par la Région sont diffusées sous une licence libre après une période d’exploitation commerciale de cinq ans.',
            'V. — Le fonds veille à la parité des équipes soutenues et à la diversité des parcours des créatrices et des créateurs.',
            'VI. — La liste des bénéficiaires, les montants accordés et les avis motivés du comité sont publiés chaque année en données ouvertes.',
          ].join('\n'),
        },
        {
          title: 'Des résidences de création dans les tiers-lieux',
          text: [
            'I. — D’ici 2027, la Région labellise au moins vingt tiers-lieux de création numérique répartis sur l’ensemble du territoire régional.',
            '1° Chaque tiers-lieu labellisé accueille au moins deux résidences d’artistes ou de développeurs par an.',
            '2° Les résidents bénéficient d’une bourse mensuelle, d’un espace de travail et d’un accès aux équipements de fabrication numérique.',
            '3° En contrepartie, ils animent des ateliers ouverts au public, notamment aux scolaires et aux personnes éloignées des pratiques culturelles.',
            'II. — Les tiers-lieux labellisés mettent à la disposition du public, à tarif solidaire, leurs imprimantes 3D, découpeuses laser et outils de prototypage.',
            'III. — La Région anime un réseau des fablabs et des tiers-lieux pour favoriser le partage de compétences, de matériels et de bonnes pratiques.',
            'IV. — Une aide à l’investissement, plafonnée à 150 000 euros par lieu, finance l’aménagement des espaces et l’achat d’équipements, reconditionnés de préférence.',
            'V. — Les tiers-lieux situés en commune rurale ou en quartier prioritaire de la politique de la ville bénéficient d’un taux d’aide majoré de 20 %.',
            'VI. — Le label est attribué pour trois ans ; il est renouvelable après une évaluation associant les usagers du lieu.',
          ].join('\n'),
        },
        {
          title: 'Former aux métiers créatifs du numérique',
          text: [
            'I. — La Région inscrit les métiers créatifs du numérique parmi les priorités de son plan régional de formation professionnelle.',
            '1° D’ici 2028, au moins 2 000 places de formation qualifiante sont ouvertes chaque année en graphisme, jeu vidéo, animation et développement web.',
            '2° Ces formations sont accessibles sans condition de diplôme et peuvent être suivies en alternance.',
            '3° Au moins la moitié des places est proposée dans des villes moyennes, afin de limiter les déplacements des stagiaires.',
            'II. — La Région soutient, en lien avec les autorités académiques, l’ouverture d’options de création numérique dans les lycées.',
            'III. — Les logiciels utilisés dans les formations financées par la Région sont, chaque fois que possible, des logiciels libres.',
            'IV. — Un objectif de 40 % de femmes parmi les stagiaires est fixé pour 2030 ; des actions de sensibilisation sont menées dès le collège.',
            'V. — Les stagiaires en situation de handicap bénéficient d’un accompagnement individualisé et d’aménagements pédagogiques.',
            'VI. — L’insertion professionnelle des stagiaires est mesurée six mois et dix-huit mois après la formation ; les résultats sont rendus publics.',
          ].join('\n'),
        },
      ],
    },
    {
      title: 'Citoyenneté — Une démocratie numérique ouverte et exigeante',
      articles: [
        {
          title: 'Une plateforme régionale de participation citoyenne',
          text: [
            'I. — La Région met en service, au plus tard le 1er janvier 2026, une plateforme publique de participation citoyenne.',
            '1° La plateforme permet d’amender les projets soumis à consultation, de déposer des pétitions et de proposer des projets.',
            '2° Son code source est publié sous licence libre et peut être réutilisé gratuitement par les collectivités de la région.',
            '3° Elle respecte le référentiel général d’amélioration de l’accessibilité (RGAA) et fait l’objet d’un audit annuel.',
            'II. — Toute pétition réunissant au moins 15 000 signatures de personnes résidant dans la région est inscrite à l’ordre du jour de l’assemblée régionale.',
            'III. — Chaque consultation donne lieu à une réponse publique et motivée des élus, dans un délai de trois mois après sa clôture.',
            'IV. — Les contributions peuvent aussi être déposées sur papier dans les lycées, les maisons France services et les antennes de la Région.',
            'V. — La plateforme n’utilise aucun traceur publicitaire et ne collecte que les données personnelles strictement nécessaires à son fonctionnement.',
            'VI. — Un budget participatif régional, doté d’au moins 5 millions d’euros par an, est soumis au vote des habitants à partir de 16 ans.',
          ].join('\n'),
        },
        {
          title: 'L’ouverture des données publiques régionales',
          text: [
            'I. — Les données produites ou détenues par la Région et ses organismes associés sont ouvertes par défaut, sous licence ouverte.',
            '1° Sont publiés en priorité le budget, les marchés publics, les subventions versées, ainsi que les horaires et la fréquentation des transports régionaux.',
            '2° Les données sont publiées dans des formats ouverts, documentés et lisibles par machine, et mises à jour au moins une fois par trimestre.',
            '3° Les données personnelles et les informations protégées par un secret prévu par la loi sont exclues de la publication ou anonymisées.',
            'II. — La Région met un portail mutualisé à la disposition des communes de moins de 3 500 habitants qui souhaitent publier leurs propres données.',
            'III. — D’ici 2027, un administrateur régional des données est désigné ; il rend compte chaque année de l’ouverture des données devant l’assemblée régionale.',
            'IV. — Les algorithmes utilisés pour prendre des décisions individuelles, notamment pour l’attribution des aides, font l’objet d’une notice publique.',
            'V. — Toute personne peut demander l’ouverture d’un jeu de données ; la Région lui répond de manière motivée dans un délai d’un mois.',
            'VI. — Des ateliers de découverte des données publiques sont organisés chaque année dans les lycées et les bibliothèques.',
          ].join('\n'),
        },
        {
          title: 'Former à l’esprit critique face à l’information en ligne',
          text: [
            'I. — La Région finance un programme d’éducation aux médias et à l’information destiné aux lycéens, aux apprentis et aux adultes.',
            '1° D’ici 2030, chaque lycée de la région bénéficie d’au moins une intervention annuelle consacrée à la vérification de l’information.',
            '2° Le programme aborde les mécanismes de la désinformation, le fonctionnement des algorithmes de recommandation et la protection de la vie privée.',
            '3° Il est conduit avec des journalistes, des associations d’éducation populaire et des bibliothèques.',
            'II. — Les ressources pédagogiques produites sont publiées sous licence libre et mises à la disposition des enseignants et des animateurs.',
            'III. — La Région soutient les médias locaux indépendants qui développent des actions de proximité avec leurs lecteurs.',
            'IV. — Chaque lycée dispose d’un référent formé à la lutte contre le cyberharcèlement et d’une procédure de signalement connue des élèves.',
            'V. — Les contenus du programme sont conçus avec des lycéens volontaires, associés à chaque étape de leur élaboration.',
            'VI. — Le programme fait l’objet d’une évaluation indépendante à mi-parcours, en 2027, dont les conclusions sont rendues publiques.',
          ].join('\n'),
        },
      ],
    },
    {
      title: 'Relocalisation — Des données hébergées et traitées sur le territoire',
      articles: [
        {
          title: 'Un cloud régional de confiance',
          text: [
            'I. — La Région soutient la constitution d’une offre d’hébergement et de services numériques implantée sur le territoire régional.',
            '1° D’ici 2028, au moins 80 % des données de la Région et de ses lycées sont hébergées dans des centres de données situés en France.',
            '2° Les données sensibles, notamment de santé, sont hébergées auprès de prestataires qualifiés SecNumCloud ou offrant des garanties équivalentes.',
            '3° Les contrats d’hébergement garantissent la réversibilité des données et leur protection contre les législations extraterritoriales.',
            'II. — La Région crée, avec les départements et les intercommunalités volontaires, une société publique locale chargée de mutualiser les services numériques.',
            'III. — Cette société propose aux communes une messagerie, un espace de stockage partagé et des outils collaboratifs fondés sur des logiciels libres.',
            'IV. — Ses tarifs sont modulés selon la taille de la collectivité ; les communes de moins de 1 000 habitants y ont accès gratuitement la première année.',
            'V. — Dans le respect des règles de la commande publique, la Région valorise la localisation des données et la continuité du service dans ses marchés.',
            'VI. — Un bilan de la migration des services régionaux est présenté chaque année à l’assemblée régionale.',
          ].join('\n'),
        },
        {
          title: 'Le logiciel libre, priorité de l’action régionale',
          text: [
            'I. — Pour tout nouveau développement ou achat de logiciel, la Région examine en priorité les solutions libres et ouvertes.',
            '1° Le recours à un logiciel propriétaire fait l’objet d’une justification écrite, publiée avec les documents du marché.',
            '2° Les logiciels développés par ou pour la Région sont publiés sous licence libre, sauf motif tenant à la sécurité des systèmes d’information.',
            '3° D’ici 2030, les postes de travail des agents régionaux et des lycées sont équipés de suites bureautiques libres.',
            'II. — La Région consacre chaque année au moins 10 % de son budget informatique à la contribution aux logiciels libres qu’elle utilise.',
            'III. — Un pôle régional de compétences accompagne les entreprises locales qui développent une activité de services autour des logiciels libres.',
            'IV. — Les agents régionaux bénéficient d’un plan de formation pour accompagner le changement d’outils, sans perte de fonctionnalités utiles à leur travail.',
            'V. — La Région rejoint les réseaux de collectivités engagées en faveur du logiciel libre et partage ses retours d’expérience.',
            'VI. — Un inventaire des logiciels utilisés par la Région, précisant leur licence, est publié et tenu à jour.',
          ].join('\n'),
        },
        {
          title: 'Protéger les petites communes face aux cybermenaces',
          text: [
            'I. — La Région crée un centre régional de réponse aux incidents de cybersécurité au service des collectivités et des petites entreprises.',
            '1° Le centre assure une permanence joignable sept jours sur sept en cas d’attaque informatique.',
            '2° Il accompagne gratuitement les communes de moins de 10 000 habitants dans la restauration de leurs services après un incident.',
            '3° Il publie chaque année un état de la menace à l’échelle régionale, rédigé en termes accessibles aux non-spécialistes.',
            'II. — D’ici 2028, au moins 1 000 communes bénéficient d’un diagnostic de cybersécurité et d’un plan d’action adapté à leurs moyens.',
            'III. — La Région finance à hauteur de 50 % les dispositifs de sauvegarde hors ligne et de protection des postes de travail des petites communes.',
            'IV. — Une formation de sensibilisation d’une demi-journée est proposée chaque année aux élus et aux secrétaires de mairie.',
            'V. — Un exercice de gestion de crise est organisé au moins une fois par an dans chaque département, avec les services de l’État.',
            'VI. — Les failles signalées de bonne foi sur les services numériques régionaux sont traitées selon une procédure publique de divulgation coordonnée.',
          ].join('\n'),
        },
      ],
    },
    {
      title: 'Patrimoine — Numériser, conserver et partager les mémoires du territoire',
      articles: [
        {
          title: 'Numériser les archives et les collections des musées',
          text: [
            'I. — La Région engage un programme pluriannuel de numérisation des archives, des fonds patrimoniaux et des collections des musées du territoire.',
            '1° D’ici 2030, au moins 60 % des collections des musées de la région labellisés « Musée de France » sont numérisées et documentées.',
            '2° La priorité est donnée aux documents fragiles ou menacés, ainsi qu’aux fonds en langues régionales.',
            '3° Les petites structures patrimoniales, associatives ou communales, bénéficient d’un prêt de matériel et d’un accompagnement technique.',
            'II. — Les reproductions d’œuvres du domaine public sont diffusées librement, sans restriction de réutilisation, y compris commerciale.',
            'III. — Les images sont publiées en haute définition, avec des métadonnées structurées conformes aux standards internationaux.',
            'IV. — Les fichiers numérisés sont conservés selon des règles d’archivage pérenne, sur au moins deux sites distincts situés en France.',
            'V. — Les habitants sont invités à contribuer à la description des fonds, à l’identification de lieux ou de personnes et à la transcription de manuscrits.',
            'VI. — Au moins 20 % des crédits du programme sont consacrés à la médiation des collections numérisées auprès des publics scolaires.',
          ].join('\n'),
        },
        {
          title: 'Préserver la mémoire numérique du territoire',
          text: [
            'I. — La Région organise la collecte et la conservation des sources nativement numériques qui témoignent de la vie du territoire.',
            '1° Les sites internet des collectivités, des associations et des médias locaux sont archivés régulièrement, en lien avec la Bibliothèque nationale de France.',
            '2° Les témoignages oraux, photographies et films amateurs confiés par les habitants sont recueillis lors de collectes participatives dans les communes.',
            '3° Les données de l’administration régionale sont versées aux archives selon un calendrier de conservation établi avec les archives départementales.',
            'II. — Une plateforme régionale donne accès aux ressources patrimoniales numérisées, dans le respect du droit d’auteur et de la vie privée.',
            'III. — Le patrimoine industriel, ouvrier et agricole du territoire fait l’objet d’une attention particulière.',
            'IV. — Les formats de fichiers retenus sont ouverts et documentés, afin de garantir la lisibilité des documents sur le long terme.',
            'V. — Les jeux vidéo et œuvres numériques créés sur le territoire peuvent faire l’objet d’un dépôt volontaire et d’une conservation adaptée.',
            'VI. — Un comité scientifique, associant archivistes, historiens et habitants, fixe chaque année les priorités de collecte.',
          ].join('\n'),
        },
      ],
    },
    {
      title: 'Sobriété — Un numérique compatible avec les limites planétaires',
      articles: [
        {
          title: 'Des centres de données sobres en énergie et en eau',
          text: [
            'I. — La Région conditionne son soutien à l’implantation de centres de données au respect de critères environnementaux exigeants.',
            '1° L’indicateur d’efficacité énergétique (PUE) des nouveaux centres de données soutenus est inférieur ou égal à 1,3.',
            '2° La chaleur fatale produite est valorisée, notamment au profit de réseaux de chaleur urbains, de piscines ou de serres agricoles.',
            '3° La consommation d’eau fait l’objet d’un suivi public et ne peut compromettre les usages prioritaires de la ressource en période de sécheresse.',
            '4° L’implantation privilégie les friches industrielles et n’entraîne aucune artificialisation de terres agricoles ou naturelles.',
            'II. — D’ici 2030, les centres de données utilisés par la Région sont alimentés à 100 % en électricité d’origine renouvelable.',
            'III. — La Région publie chaque année l’empreinte environnementale de son système d’information : énergie, eau et émissions de gaz à effet de serre.',
            'IV. — Les services numériques régionaux sont écoconçus : pages allégées, vidéos sans lecture automatique, suppression régulière des données inutiles.',
            'V. — D’ici 2027, tout nouveau service numérique de la Région respecte le référentiel général d’écoconception de services numériques (RGESN).',
            'VI. — Un observatoire régional du numérique responsable mesure l’évolution de l’empreinte du secteur et formule des recommandations publiques.',
          ].join('\n'),
        },
        {
          title: 'Réparer, réemployer, reconditionner',
          text: [
            'I. — La Région fait de l’allongement de la durée de vie des équipements numériques la première priorité de sa politique de sobriété.',
            '1° Les ordinateurs, tablettes et téléphones de la Région et des lycées sont utilisés au moins six ans, sauf impossibilité technique.',
            '2° Au moins 30 % des équipements achetés chaque année par la Région sont des équipements reconditionnés.',
            '3° Les équipements réformés sont confiés en priorité à des structures de l’économie sociale et solidaire, qui les reconditionnent et les redistribuent.',
            'II. — D’ici 2028, la Région soutient la création d’au moins un atelier de réparation et de reconditionnement par département, de préférence d’insertion.',
            'III. — Un « chèque réparation » de 50 euros est proposé aux habitants pour faire réparer leurs équipements numériques chez un réparateur labellisé.',
            'IV. — Les lycéens reçoivent un équipement reconditionné et sont formés aux gestes de base pour l’entretenir et le réparer.',
            'V. — La Région encourage les cafés de réparation et les ateliers d’autoréparation en facilitant leur accès à des locaux et à des pièces détachées.',
            'VI. — Les marchés régionaux intègrent des critères de réparabilité, de disponibilité des pièces détachées et de durée des mises à jour logicielles.',
          ].join('\n'),
        },
      ],
    },
    {
      title: 'Inclusion — Un numérique pour toutes et tous',
      articles: [
        {
          title: 'Des lieux de médiation numérique dans chaque bassin de vie',
          text: [
            'I. — D’ici 2028, chaque habitant dispose d’un lieu de médiation numérique gratuit à moins de vingt minutes de son domicile.',
            '1° La Région cofinance, avec l’État et les départements, le recrutement et la formation d’au moins 300 médiatrices et médiateurs numériques.',
            '2° Les lieux de médiation proposent un accueil sans rendez-vous au moins deux demi-journées par semaine.',
            '3° Des permanences itinérantes sont organisées dans les communes rurales dépourvues de lieu de médiation, notamment à bord de bus équipés.',
            'II. — Les médiateurs accompagnent les usagers dans leurs démarches administratives, les usages numériques du quotidien et la sécurité en ligne.',
            'III. — Un accompagnement spécifique est proposé aux personnes âgées, aux personnes allophones et aux personnes en situation de handicap.',
            'IV. — Les postes de médiateurs sont financés sur au moins trois ans, afin d’éviter la précarité des contrats et la rotation des équipes.',
            'V. — Une carte publique, régulièrement mise à jour, recense les lieux de médiation, leurs horaires et les services proposés.',
            'VI. — Les personnes accompagnées sont associées à l’évaluation annuelle du dispositif.',
          ].join('\n'),
        },
        {
          title: 'Des services publics accessibles, avec ou sans numérique',
          text: [
            'I. — Aucune démarche administrative relevant de la Région n’est accessible exclusivement en ligne.',
            '1° Une alternative non numérique, par courrier, par téléphone ou au guichet, est maintenue pour chaque service, sans allongement des délais.',
            '2° Un numéro de téléphone non surtaxé, joignable au moins cinq jours sur sept, permet de parler à un agent.',
            '3° Les usagers qui choisissent la voie non numérique ne peuvent se voir appliquer aucun tarif ni aucune condition moins favorables.',
            'II. — Les sites et applications de la Région sont conformes au RGAA à au moins 90 % d’ici 2027, et totalement conformes d’ici 2030.',
            'III. — Les déclarations d’accessibilité et le schéma pluriannuel de mise en accessibilité sont publiés et mis à jour chaque année.',
            'IV. — Les principaux documents d’information sont proposés en version « facile à lire et à comprendre » (FALC).',
            'V. — Toute personne peut signaler un défaut d’accessibilité ; la Région apporte une réponse ou une solution de contournement sous quinze jours.',
            'VI. — Les nouveaux services numériques sont testés, avant leur mise en ligne, avec des usagers en situation de handicap ou peu familiers du numérique.',
          ].join('\n'),
        },
        {
          title: 'Le très haut débit partout, y compris dans les territoires ruraux',
          text: [
            'I. — La Région se fixe pour objectif que 100 % des locaux du territoire soient raccordables à la fibre optique d’ici la fin de l’année 2027.',
            '1° Elle poursuit, avec les syndicats mixtes départementaux, le financement des réseaux d’initiative publique dans les zones peu denses.',
            '2° Les hameaux et habitations isolés dont le raccordement est techniquement complexe bénéficient d’une aide spécifique.',
            '3° Dans l’attente de la fibre, une aide à l’équipement en solutions alternatives, notamment hertziennes ou satellitaires, est proposée aux foyers.',
            'II. — La Région signale à l’Autorité de régulation des communications électroniques (Arcep) les malfaçons constatées dans les raccordements.',
            'III. — Les zones blanches de téléphonie mobile sont recensées avec les habitants, qui peuvent signaler les défauts de couverture sur une carte participative.',
            'IV. — Une aide à l’abonnement internet est proposée aux foyers modestes, en lien avec les départements et les centres communaux d’action sociale.',
            'V. — Les établissements scolaires, les maisons de santé et les mairies sont raccordés en priorité.',
            'VI. — L’avancement du déploiement est publié chaque trimestre, commune par commune, en données ouvertes.',
          ].join('\n'),
        },
      ],
    },
  ],
};
