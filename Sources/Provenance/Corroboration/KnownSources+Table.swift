/// The curated table of known sources, embedded so that `prov` stays one self-contained binary.
///
/// `known-sources.tsv` at the package root is the reviewed copy of ``text``; a test keeps the
/// two identical (as `schema.sql` and ``Schema/sql``). A package resource would tie the binary
/// to a `prov_Provenance.resources` folder beside it.
extension KnownSources {
    static let text = #"""
        # Sources that news cites under several names: one line per source, read by prov when it
        # canonicalises names before counting origins (Sources/Provenance/Corroboration/KnownSources+Table.swift
        # embeds the same text; a test keeps the two equal). `prov source merge A B` extends it per store.
        #
        # What belongs here, from public knowledge only: wire services, national and international news
        # outlets, international organisations (UN bodies, WHO and its agencies) and national government
        # bodies. What never does: a company, a person or a group because it appears in some story, and
        # no list made for one story. Names of people are matched by rules, never listed.
        #
        # Columns, separated by one tab: canonical name, kind (wire, outlet, international, government),
        # parent body (empty when none), aliases separated by "|". An alias written in capitals only
        # (AP, WHO, EC) matches only in capitals, so "who" and "ap" in a sentence are never a source;
        # other aliases match in any case, when written with a capital (so "an economist" is nobody). A
        # leading "the" is ignored on both sides.
        # A body with a parent stays its own source; within one claim it counts as one origin with its
        # parent when the claim also cites the parent (a part of a body speaks for it).
        Associated Press	wire		AP|The Associated Press|AP News
        Reuters	wire		Thomson Reuters|Reuters News Agency
        AFP	wire		Agence France-Presse|Agence France Presse|Agence France-Press
        Bloomberg	wire		Bloomberg News
        UPI	wire		United Press International
        dpa	wire		Deutsche Presse-Agentur|German Press Agency
        ANSA	wire		Agenzia Nazionale Stampa Associata
        EFE	wire		Agencia EFE
        Kyodo News	wire		Kyodo
        Xinhua	wire		Xinhua News Agency
        TASS	wire		TASS news agency
        Interfax	wire
        RIA Novosti	wire		RIA
        Press Trust of India	wire		PTI
        ANI	wire		Asian News International
        Yonhap	wire		Yonhap News Agency
        Anadolu Agency	wire		Anadolu
        Canadian Press	wire		The Canadian Press
        Australian Associated Press	wire		AAP
        Press Association	wire		PA Media
        IRNA	wire		Islamic Republic News Agency
        Mehr News Agency	wire		Mehr|Mehr News
        Tasnim News Agency	wire		Tasnim|Tasnim News
        Fars News Agency	wire		Fars|Fars News
        BBC	outlet		BBC News|British Broadcasting Corporation|BBC World Service
        CNN	outlet		Cable News Network|CNN International
        Fox News	outlet		Fox|Fox News Channel
        NBC News	outlet		NBC
        CBS News	outlet		CBS
        ABC News	outlet
        MSNBC	outlet
        CNBC	outlet
        NPR	outlet		National Public Radio
        PBS	outlet		Public Broadcasting Service|PBS NewsHour
        New York Times	outlet		The New York Times|NYT|NY Times|N.Y. Times
        Washington Post	outlet		The Washington Post|WaPo
        Wall Street Journal	outlet		The Wall Street Journal|WSJ
        USA Today	outlet
        Los Angeles Times	outlet		LA Times|L.A. Times|The Los Angeles Times
        Politico	outlet		Politico Europe
        Axios	outlet
        The Hill	outlet
        Financial Times	outlet		The Financial Times|FT
        The Guardian	outlet
        The Telegraph	outlet		Daily Telegraph|The Daily Telegraph
        The Economist	outlet
        Sky News	outlet
        Al Jazeera	outlet		Al Jazeera English|Aljazeera
        Deutsche Welle	outlet		DW
        France 24	outlet		France24
        Le Monde	outlet
        Der Spiegel	outlet		Spiegel
        NHK	outlet		Japan Broadcasting Corporation
        CBC News	outlet		CBC|Canadian Broadcasting Corporation
        Australian Broadcasting Corporation	outlet		ABC Australia
        Euronews	outlet
        RT	outlet		Russia Today
        Times of India	outlet		The Times of India
        The Hindu	outlet
        South China Morning Post	outlet		SCMP
        Haaretz	outlet
        Times of Israel	outlet		The Times of Israel
        IRIB	outlet		Iran state television|Iranian state television|Iranian state TV|Iran state TV|Islamic Republic of Iran Broadcasting
        Press TV	outlet		PressTV
        United Nations	international		UN|U.N.
        UN Security Council	international	United Nations	United Nations Security Council|UNSC
        UN General Assembly	international	United Nations	United Nations General Assembly|UNGA
        WHO	international	United Nations	World Health Organization|World Health Organisation|UN health agency|UN's health agency
        IARC	international	WHO	International Agency for Research on Cancer|WHO's cancer agency|WHO's cancer research agency
        JECFA	international	WHO	Joint FAO/WHO Expert Committee on Food Additives|Joint Expert Committee on Food Additives|FAO/WHO Joint Expert Committee on Food Additives|Joint WHO/FAO Expert Committee on Food Additives
        FAO	international	United Nations	Food and Agriculture Organization|Food and Agriculture Organisation|UN Food and Agriculture Organization
        UNICEF	international	United Nations	United Nations Children's Fund|UN children's agency
        UNHCR	international	United Nations	UN refugee agency|United Nations High Commissioner for Refugees|UN High Commissioner for Refugees
        World Food Programme	international	United Nations	WFP|World Food Program|UN World Food Programme
        UNESCO	international	United Nations	United Nations Educational, Scientific and Cultural Organization
        UNDP	international	United Nations	United Nations Development Programme|UN Development Programme
        OHCHR	international	United Nations	UN human rights office|Office of the UN High Commissioner for Human Rights|UN Human Rights Office
        UN Human Rights Council	international	United Nations	United Nations Human Rights Council|UNHRC
        UNRWA	international	United Nations	UN Relief and Works Agency|United Nations Relief and Works Agency
        IAEA	international	United Nations	International Atomic Energy Agency|UN nuclear watchdog|UN atomic watchdog
        International Court of Justice	international	United Nations	ICJ|World Court
        ILO	international	United Nations	International Labour Organization|International Labor Organization
        World Meteorological Organization	international	United Nations	WMO
        UNEP	international	United Nations	UN Environment Programme|United Nations Environment Programme
        IMF	international		International Monetary Fund
        World Bank	international
        World Trade Organization	international		WTO|World Trade Organisation
        OECD	international		Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development
        OPEC	international		Organization of the Petroleum Exporting Countries
        NATO	international		Nato|North Atlantic Treaty Organization
        European Union	international		EU
        European Commission	international	European Union	EC|EU Commission
        European Parliament	international	European Union	EU Parliament
        European Central Bank	international	European Union	ECB
        EFSA	international	European Union	European Food Safety Authority
        European Medicines Agency	international	European Union	EMA
        International Criminal Court	international
        International Committee of the Red Cross	international		ICRC|Red Cross
        African Union	international
        ASEAN	international		Association of Southeast Asian Nations
        Interpol	international		International Criminal Police Organization
        White House	government
        State Department	government		US State Department|Department of State|US Department of State|State Dept
        Pentagon	government		DoD|DOD|Department of Defense|Defense Department|US Department of Defense|US Defense Department|Defence Department|Department of Defence|US military
        US Central Command	government	Pentagon	CENTCOM|Central Command|US CENTCOM
        CIA	government		Central Intelligence Agency
        FBI	government	Justice Department	Federal Bureau of Investigation
        NSA	government	Pentagon	National Security Agency
        ODNI	government		Office of the Director of National Intelligence
        Justice Department	government		Department of Justice|US Department of Justice|DOJ|US Justice Department
        Department of Homeland Security	government		DHS|Homeland Security Department|US Department of Homeland Security
        CISA	government	Department of Homeland Security	Cybersecurity and Infrastructure Security Agency|US Cybersecurity and Infrastructure Security Agency
        FEMA	government	Department of Homeland Security	Federal Emergency Management Agency
        Department of Health and Human Services	government		HHS|Health and Human Services Department|US Department of Health and Human Services
        FDA	government	Department of Health and Human Services	Food and Drug Administration|US FDA|US Food and Drug Administration
        CDC	government	Department of Health and Human Services	Centers for Disease Control and Prevention|Centers for Disease Control|US Centers for Disease Control and Prevention
        NIH	government	Department of Health and Human Services	National Institutes of Health
        Department of Transportation	government		DOT|Transportation Department|US Department of Transportation|US Transportation Department
        FAA	government	Department of Transportation	Federal Aviation Administration|US Federal Aviation Administration
        NTSB	government		National Transportation Safety Board
        Treasury Department	government		US Treasury|Department of the Treasury
        Department of Energy	government		Energy Department|DOE
        EPA	government		Environmental Protection Agency|US Environmental Protection Agency
        Federal Trade Commission	government		FTC
        SEC	government		Securities and Exchange Commission|US Securities and Exchange Commission
        Federal Reserve	government		the Fed|Federal Reserve Board|US Federal Reserve
        USDA	government		Department of Agriculture|Agriculture Department|US Department of Agriculture
        NASA	government		National Aeronautics and Space Administration
        Downing Street	government		No 10|Number 10|No. 10
        UK Foreign Office	government		Foreign, Commonwealth and Development Office|FCDO|British Foreign Office
        UK Ministry of Defence	government		British Ministry of Defence|MoD|UK MoD
        NHS	government		National Health Service
        UK Food Standards Agency	government		Food Standards Agency
        GCHQ	government
        UK National Cyber Security Centre	government	GCHQ	National Cyber Security Centre|NCSC
        MI5	government
        MI6	government		Secret Intelligence Service
        Kremlin	government
        Elysee	government		Élysée|Elysee Palace|Élysée Palace
        Health Canada	government
        Iranian Foreign Ministry	government		Iran Foreign Ministry|Iran's foreign ministry|Foreign Ministry of Iran|Iranian Ministry of Foreign Affairs
        IRGC	government		Islamic Revolutionary Guard Corps|Islamic Revolution Guards Corps|Revolutionary Guards|Revolutionary Guard|Iran's Revolutionary Guards
        """#
}
