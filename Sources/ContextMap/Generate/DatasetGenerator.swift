import Foundation

/// Writes a synthetic, wholly fictional case dataset in the CSV form of the data contract, so
/// that tests and benchmarks run on realistic shapes without ever touching real records.
///
/// The files depend only on `(youngPeople, contexts, seed)`: every draw comes from a
/// ``SeededGenerator`` stream keyed by the seed, the phase and the row, and every number is
/// formatted from integers, so the same parameters give byte-identical files on every platform.
///
/// `contexts` counts the *shared* contexts (peer groups, schools, community places, online
/// spaces, services). Each household adds one `family` context after them, because a young
/// person's home belongs to their household, not to the caseload: 100,000 young people and
/// 20,000 contexts give about 20,000 + 92,000 rows in `contexts.csv`.
public struct DatasetGenerator: Sendable {
    /// Where the writing has got to, reported every 100,000 rows and at the end of each file.
    public struct Progress: Sendable {
        public var file: String
        public var rowsWritten: Int
        public var rowsExpected: Int

        public init(file: String, rowsWritten: Int, rowsExpected: Int) {
            self.file = file
            self.rowsWritten = rowsWritten
            self.rowsExpected = rowsExpected
        }
    }

    /// A parameter outside what the generator can honour, named the way a person typed it.
    public struct ParameterError: Error, CustomStringConvertible, Sendable {
        public var parameter: String
        public var value: Int
        public var expected: String

        public var description: String {
            "\(parameter): \(value) is not \(expected)"
        }
    }

    public var youngPeople: Int
    public var contexts: Int
    public var seed: UInt64

    public init(youngPeople: Int, contexts: Int, seed: UInt64) {
        self.youngPeople = youngPeople
        self.contexts = contexts
        self.seed = seed
    }

    /// The largest counts accepted: rows are indexed by 32-bit integers to keep memory lean.
    static let maximumCount = 10_000_000

    /// Writes young_people.csv, contexts.csv, links.csv, scaling.csv, peer_links.csv, plan_actions.csv, agreed_weighting.csv into `directory` (created if missing).
    ///
    /// - Throws: ``ParameterError`` for counts out of range, before any file is touched;
    ///   the file system's error if a file cannot be written.
    public func write(to directory: URL, progress: (Progress) -> Void = { _ in }) throws {
        try validate()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let plan = Plan(youngPeople: youngPeople, sharedContexts: contexts, seed: seed)
        let files = FileWriter(plan: plan, seed: seed, directory: directory)
        try files.writeYoungPeople(progress)
        try files.writeContexts(progress)
        try files.writeLinks(progress)
        try files.writeScaling(progress)
        try files.writePeerLinks(progress)
        try files.writePlanActions(progress)
        try files.writeAgreedWeighting(progress)
    }

    private func validate() throws {
        if youngPeople < 1 || youngPeople > Self.maximumCount {
            throw ParameterError(
                parameter: "young people", value: youngPeople,
                expected: "a whole number from 1 to \(Self.maximumCount)")
        }
        if contexts < 6 || contexts > Self.maximumCount {
            throw ParameterError(
                parameter: "contexts", value: contexts,
                expected: "a whole number from 6 to \(Self.maximumCount) (one of each shared type at least)")
        }
    }
}

// MARK: - Fixed vocabulary

extension DatasetGenerator {
    /// Context types, in the order the tables below are indexed by.
    enum Kind: Int, CaseIterable {
        case family, peer, school, community, online, service

        var label: String {
            switch self {
            case .family: "family"
            case .peer: "peer"
            case .school: "school"
            case .community: "community"
            case .online: "online"
            case .service: "service"
            }
        }
    }

    /// Separate random streams, so that changing how one file is drawn never shifts another.
    enum Stream: UInt64 {
        case layout = 1, youngPerson, person, context, scaling, actions, peers
    }

    /// The words the files are made of. Everything is fictional: places, schools and
    /// postcodes (`ZZ` is no real postcode area) must never match a real child's world.
    enum Words {
        static let places = [
            "Riverside", "Northgate", "Elm Road", "Millbrook", "Ashfield", "Kingsway", "Westfield",
            "Oakwood", "Hollybank", "Canal Street", "Brookside", "Fairview", "Hillcrest", "Larkspur",
            "Southmead", "Thornbury", "Castle Vale", "Meadow Lane", "Foxhill", "Greenacre",
        ]
        static let communityKinds = [
            "Park", "Station", "shops", "Shopping Centre", "bus station", "estate", "recreation ground",
            "takeaway", "underpass", "car park", "skate park", "towpath", "retail park", "leisure centre",
            "library", "chicken shop", "bus stop", "playing fields",
        ]
        static let peerFocus = [
            "Year 8", "Year 9", "Year 10", "Year 11", "Year 12", "College", "Estate", "Football", "Gym",
            "Drill music", "Park", "Bus stop", "Older",
        ]
        static let peerKinds = ["friendship group", "group", "crowd", "crew", "lads", "girls", "peer group"]
        static let schoolKinds = [
            "Academy", "High School", "College", "School", "Pupil Referral Unit", "Sixth Form College",
            "Free School", "Catholic High School", "Studio School",
        ]
        static let platforms = [
            "Snapchat", "Instagram", "TikTok", "WhatsApp", "Discord", "Telegram", "YouTube", "Xbox Live",
            "PlayStation", "Roblox", "Facebook",
        ]
        static let onlineKinds = ["group", "group chat", "server", "contacts", "followers", "channel", "party"]
        static let serviceKinds = [
            "youth offending service", "children's home", "supported accommodation", "pupil referral unit",
            "emergency department", "custody suite", "semi-independent placement",
            "college exclusions process", "out-of-area placement", "youth club",
        ]
        static let householdKinds = [
            "Family home", "Foster home", "Kinship care home", "Children's home", "Supported lodgings",
        ]
        static let householdKindWeights = [75, 10, 7, 5, 3]
        static let streets = [
            "High Street", "Station Road", "Church Lane", "Mill Lane", "Victoria Road", "Queen Street",
            "Park Avenue", "London Road", "Canal Side", "Market Square", "School Lane", "Elm Road",
        ]
        static let postcodeLetters = Array("ABDEFGHJLNPQRSTUWXYZ".utf8)
        static let initials = Array("ABCDEFGHIJKLMNOPRSTWY".utf8)

        static let pathways = ["roth", "child_protection", "child_in_need", "early_help", "other"]
        static let pathwayWeights = [70, 10, 8, 8, 4]
        static let harmFactors = ["10A", "11A", "12A", "13A", "14A", "15A", "18B", "19B", "24A"]
        static let harmFactorWeights = [5, 4, 1, 2, 2, 2, 1, 1, 5]

        /// Relationship per link; index 0 is the empty cell.
        static let relationships = ["", "lives", "attends", "member", "frequents", "visits", "uses", "involved with"]

        static let parents = ["Mum", "Dad", "Nan", "Carer"]
        static let agencies = ["Police", "School DSL", "Youth Offending Team", "CAMHS", "Youth service", "British Transport Police"]
        /// How likely each agency is to scale a context of each type (rows: `Kind`, columns: `agencies`).
        /// Every row has at least three non-zero weights, since up to three agencies scale at once.
        static let agencyWeights = [
            3, 3, 2, 2, 1, 0,  // family
            4, 2, 3, 1, 3, 0,  // peer
            1, 6, 1, 1, 1, 0,  // school
            5, 1, 2, 0, 3, 2,  // community
            4, 2, 1, 3, 2, 0,  // online
            1, 1, 4, 3, 2, 0,  // service
        ]
        /// How much harsher (tenths of a point of harm) each agency sees each type of context:
        /// the police see streets and groups as more harmful than youth workers do.
        static let agencyBias = [
            0, 0, 0, 5, -5, 0,  // family
            15, 5, 10, 0, -5, 10,  // peer
            5, 5, 5, 0, 0, 5,  // school
            15, 0, 10, 0, -5, 15,  // community
            10, 5, 5, 10, 0, 5,  // online
            0, 0, -5, 5, 5, 0,  // service
        ]
        /// Parents/carers see home as safer and friends and phones as more worrying.
        static let parentBias = [-10, 10, 0, 5, 10, 0]
        /// Typical harm (tenths) and its spread by type: home is usually the safest context.
        static let baseHarm = [20, 55, 35, 55, 45, 45]
        static let baseSpread = [15, 20, 15, 20, 20, 15]

        static let roles = ["young_person", "parent_carer", "partner_agency"]
        static let plainComments = [
            "Feels safe there", "Goes there most evenings", "Seen with older young people",
            "Missing episodes linked to this place", "Good relationship with a teacher",
            "Lighting has improved", "Accounts reported to the platform", "Says things are better",
            "Worried about who is there", "No concerns raised this period",
        ]
        /// Comments that exercise RFC 4180 quoting: commas, double quotes, both.
        static let trickyComments = [
            "Goes after school, usually with friends",
            "Better since September, but still worried",
            "Says it is \"fine\" there",
            "Calls them \"the olders\"",
            "Told staff: \"I just go there, it's nothing\"",
        ]

        static let contextActions: [[String]] = [
            ["Family group conference", "Home safety plan agreed with the household", "Respite support for the family"],
            ["Detached youth work with the group", "Peer group assessment", "Group work session at school", "Mentoring for the group"],
            ["Review of the school's safety plan", "Safe route to school agreed", "Staff briefing on harmful sexual behaviour", "Lunchtime supervision changes"],
            ["Detached youth work at the location", "Lighting, CCTV and patrols review", "Business guardianship visits", "Police patrols at peak times", "Disruption of adults at the location"],
            ["Report accounts to the platform", "Online safety session with the group", "Request removal of content"],
            ["Challenge the exclusion decision", "Placement review", "Escalate to the service manager"],
        ]
        static let contextOwners: [[String]] = [
            ["Social worker", "Family support worker"],
            ["Youth service", "Youth Offending Team", "School DSL"],
            ["School DSL", "Social worker"],
            ["Community safety", "Police", "Youth service", "British Transport Police"],
            ["Police", "School DSL", "Social worker"],
            ["Social worker", "Team manager"],
        ]
        static let youngPersonActions = [
            "Mentoring sessions", "Return home interviews after missing episodes", "Referral to CAMHS",
            "Education support", "Sports club place",
        ]
        static let youngPersonOwners = ["Social worker", "Youth service", "CAMHS", "Youth Offending Team"]
        static let parentActions = [
            "Parent/carer support group", "Safety planning with the parent/carer",
            "Online safety information for the parent/carer",
        ]
        static let parentOwners = ["Social worker", "Family support worker"]
        static let statuses = ["planned", "in_progress", "done", "dropped"]
        static let statusWeights = [35, 30, 25, 10]
        static let agreedBy = ["Review conference", "Core group", "Strategy meeting"]
        static let peerRelationships = ["friend", "associate", "in a relationship", "co-accused", "cousin", ""]
    }

    /// A draw from `weights` (non-negative, not all zero), proportional to each weight.
    static func weighted(_ weights: [Int], _ rng: inout SeededGenerator) -> Int {
        var total = 0
        for w in weights { total += w }
        var r = rng.int(below: total)
        for (i, w) in weights.enumerated() {
            if r < w { return i }
            r -= w
        }
        return weights.count - 1
    }
}

// MARK: - Calendar

extension DatasetGenerator {
    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm), so
    /// that dates are integer arithmetic and never go through a locale or a time zone.
    static func day(_ year: Int, _ month: Int, _ dayOfMonth: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + dayOfMonth - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The calendar date of a day number; the inverse of ``day(_:_:_:)``.
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let d = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let m = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

// MARK: - Popularity

extension DatasetGenerator {
    /// Picks contexts of one type with Zipf-like popularity, so that a few parks and
    /// stations recur across many cases, as hotspots do in practice.
    ///
    /// Weight of rank `k` is `1 / (k + offset)^1.0625`, built only from IEEE operations that
    /// are correctly rounded everywhere (division, multiplication, square root) and then
    /// turned into integers, so sampling is exact integer arithmetic on every platform.
    /// - Complexity: O(log n) per draw.
    struct ZipfSampler: Sendable {
        /// Context indices, most popular first.
        let contexts: [Int32]
        private let cumulative: [UInt64]

        init(contexts: [Int32], offset: Int) {
            self.contexts = contexts
            var cumulative: [UInt64] = []
            cumulative.reserveCapacity(contexts.count)
            var total: UInt64 = 0
            for rank in 0..<contexts.count {
                let x = Double(rank + offset)
                let root16 = x.squareRoot().squareRoot().squareRoot().squareRoot()
                let weight = 1.0 / (x * root16)
                total += max(1, UInt64(weight * 4_503_599_627_370_496.0))  // 2^52
                cumulative.append(total)
            }
            self.cumulative = cumulative
        }

        var count: Int { contexts.count }

        func sample(_ rng: inout SeededGenerator) -> Int32 {
            let r = rng.next(below: cumulative[cumulative.count - 1])
            var low = 0
            var high = cumulative.count - 1
            while low < high {
                let mid = (low + high) / 2
                if cumulative[mid] > r { high = mid } else { low = mid + 1 }
            }
            return contexts[low]
        }
    }
}

// MARK: - Plan: everything but the cell values, held in flat arrays

extension DatasetGenerator {
    /// The dataset's structure (who lives where, who is linked to what, who was scaled when),
    /// decided before any file is written, so that every file knows its exact row count and
    /// every reference (scaling, plans, weightings) points at a real link.
    struct Plan {
        static let areaCount = 10
        static let reviewSlots = 4
        static let noDate = Int32.min

        let youngPeople: Int
        let sharedContexts: Int
        /// `Kind` raw value of each shared context.
        var sharedKinds: [UInt8] = []
        var householdKinds: [UInt8] = []
        var riskArea = [Bool](repeating: false, count: areaCount)
        var explicitSafetyArea = [Bool](repeating: false, count: areaCount)

        var area: [UInt8] = []
        var household: [Int32] = []
        var parentVoice: [UInt8] = []
        var reviewCount: [UInt8] = []
        /// `reviewSlots` day numbers per young person; unused slots hold `noDate`.
        var reviewDays: [Int32] = []
        /// Links of young person `i` are `linkStart[i]..<linkStart[i + 1]`.
        var linkStart: [Int32] = [0]
        var linkContext: [Int32] = []
        var linkRelationship: [UInt8] = []
        var linkSince: [Int32] = []
        /// `reviewSlots` masks per link: bit 0 scaled at that review, bit 1 by the young person,
        /// bit 2 by the parent/carer, bits 3–4 the number of partner agencies.
        var reviewMask: [UInt8] = []
        var scalingRows = 0

        var actionCount: [UInt8] = []
        var actionRows = 0

        struct Agreed {
            var youngPerson: Int32
            var context: Int32
            var day: Int32
            var share: UInt8
            var agreedBy: UInt8
        }
        var agreed: [Agreed] = []
        /// Unordered pairs, smaller index in the high half; sorted.
        var peerPairs: [UInt64] = []

        var totalContexts: Int { sharedContexts + householdKinds.count }

        func kind(ofContext context: Int) -> Kind {
            context < sharedContexts ? Kind(rawValue: Int(sharedKinds[context]))! : .family
        }

        init(youngPeople: Int, sharedContexts: Int, seed: UInt64) {
            self.youngPeople = youngPeople
            self.sharedContexts = sharedContexts
            let samplers = layOut(seed: seed)
            planYoungPeople(seed: seed, samplers: samplers)
            planPeerLinks(seed: seed)
        }

        /// Shares the shared contexts out among the types, shuffles them so ids do not
        /// reveal types, ranks each type's contexts by popularity, and picks the areas that
        /// scale on the risk direction.
        private mutating func layOut(seed: UInt64) -> [ZipfSampler] {
            var rng = SeededGenerator(seed: seed, stream: Stream.layout.rawValue, index: 0)
            let m = sharedContexts
            var counts = [0, 0, 0, 0, 0, 0]
            counts[Kind.school.rawValue] = max(1, m * 8 / 100)
            counts[Kind.service.rawValue] = max(1, m * 4 / 100)
            counts[Kind.online.rawValue] = max(1, m * 12 / 100)
            counts[Kind.peer.rawValue] = max(1, m * 36 / 100)
            counts[Kind.community.rawValue] = m - counts.reduce(0, +)
            sharedKinds.reserveCapacity(m)
            for kind in Kind.allCases {
                sharedKinds.append(contentsOf: repeatElement(UInt8(kind.rawValue), count: counts[kind.rawValue]))
            }
            shuffle(&sharedKinds, &rng)

            var byKind = [[Int32]](repeating: [], count: Kind.allCases.count)
            for (index, kind) in sharedKinds.enumerated() { byKind[Int(kind)].append(Int32(index)) }
            var samplers: [ZipfSampler] = []
            for kind in Kind.allCases {
                var members = byKind[kind.rawValue]
                shuffle(&members, &rng)
                // Schools are flattened: a caseload spreads over many schools.
                let offset: Int =
                    switch kind {
                    case .family: 1
                    case .peer: 6
                    case .school: members.count / 4 + 2
                    case .community: 2
                    case .online: 1
                    case .service: 3
                    }
                samplers.append(ZipfSampler(contexts: members, offset: offset))
            }

            var areas = Array(0..<Self.areaCount)
            shuffle(&areas, &rng)
            riskArea[areas[0]] = true
            riskArea[areas[1]] = true
            explicitSafetyArea[areas[2]] = true
            return samplers
        }

        private mutating func planYoungPeople(seed: UInt64, samplers: [ZipfSampler]) {
            let n = youngPeople
            area.reserveCapacity(n)
            household.reserveCapacity(n)
            parentVoice.reserveCapacity(n)
            reviewCount.reserveCapacity(n)
            reviewDays.reserveCapacity(n * Self.reviewSlots)
            linkStart.reserveCapacity(n + 1)
            actionCount.reserveCapacity(n)
            let expectedLinks = n * 11 / 2
            linkContext.reserveCapacity(expectedLinks)
            linkRelationship.reserveCapacity(expectedLinks)
            linkSince.reserveCapacity(expectedLinks)
            reviewMask.reserveCapacity(expectedLinks * Self.reviewSlots)

            let firstReviewFrom = DatasetGenerator.day(2025, 1, 6)
            let sinceFrom = DatasetGenerator.day(2021, 1, 1)
            let householdWeights = Words.householdKindWeights
            var picked: [Int32] = []
            var pickedKinds: [Kind] = []
            var candidates: [Int32] = []

            for i in 0..<n {
                var rng = SeededGenerator(seed: seed, stream: Stream.youngPerson.rawValue, index: UInt64(i))

                // Household and area: siblings now and then share a home (and so an area).
                var yourArea = UInt8(rng.int(below: Self.areaCount))
                if i > 0 && rng.percent(8) {
                    yourArea = area[i - 1]
                    household.append(household[i - 1])
                    parentVoice.append(parentVoice[i - 1])
                } else {
                    let kind = DatasetGenerator.weighted(householdWeights, &rng)
                    household.append(Int32(householdKinds.count))
                    householdKinds.append(UInt8(kind))
                    let voice: Int =
                        switch kind {
                        case 0: DatasetGenerator.weighted([55, 20, 15, 10], &rng)
                        case 2: rng.percent(60) ? 2 : 3
                        default: 3
                        }
                    parentVoice.append(UInt8(voice))
                }
                area.append(yourArea)

                // Reviews: the first in the first half of 2025, then every 12 to 26 weeks.
                let reviews = rng.percent(50) ? 4 : 3
                reviewCount.append(UInt8(reviews))
                var reviewDay = firstReviewFrom + rng.int(below: 176)
                let firstReview = reviewDay
                for slot in 0..<Self.reviewSlots {
                    if slot < reviews {
                        reviewDays.append(Int32(reviewDay))
                        reviewDay += rng.int(in: 84...182)
                    } else {
                        reviewDays.append(Self.noDate)
                    }
                }

                // Links: home, school, then groups, places, online spaces and now and then a service.
                picked.removeAll(keepingCapacity: true)
                pickedKinds.removeAll(keepingCapacity: true)
                picked.append(Int32(sharedContexts) + household[i])
                pickedKinds.append(.family)
                func pick(_ kind: Kind, _ times: Int, _ rng: inout SeededGenerator) {
                    let sampler = samplers[kind.rawValue]
                    for _ in 0..<times {
                        for _ in 0..<8 {
                            let context = sampler.sample(&rng)
                            if !picked.contains(context) {
                                picked.append(context)
                                pickedKinds.append(kind)
                                break
                            }
                        }
                    }
                }
                if rng.percent(97) { pick(.school, 1, &rng) }
                pick(.peer, DatasetGenerator.weighted([25, 45, 25, 5], &rng), &rng)
                pick(.community, DatasetGenerator.weighted([20, 40, 25, 15], &rng), &rng)
                pick(.online, DatasetGenerator.weighted([50, 40, 10], &rng), &rng)
                if rng.percent(12) { pick(.service, 1, &rng) }

                let firstLink = linkContext.count
                for (context, kind) in zip(picked, pickedKinds) {
                    linkContext.append(context)
                    let relationship: Int
                    if rng.percent(4) {
                        relationship = 0
                    } else {
                        switch kind {
                        case .family: relationship = 1
                        case .school: relationship = 2
                        case .peer: relationship = 3
                        case .community: relationship = rng.percent(80) ? 4 : 5
                        case .online: relationship = 6
                        case .service: relationship = 7
                        }
                    }
                    linkRelationship.append(UInt8(relationship))
                    if kind == .family || rng.percent(15) {
                        linkSince.append(Self.noDate)
                    } else {
                        linkSince.append(Int32(sinceFrom + rng.int(below: firstReview - sinceFrom)))
                    }
                    // About 9% of the non-family links are never scaled: gaps for the conference.
                    let scaled = kind == .family || !rng.percent(9)
                    for slot in 0..<Self.reviewSlots {
                        reviewMask.append(scaled && slot < reviews && rng.percent(60) ? 1 : 0)
                    }
                    if scaled {
                        let base = reviewMask.count - Self.reviewSlots
                        if !(0..<reviews).contains(where: { reviewMask[base + $0] != 0 }) {
                            reviewMask[base + rng.int(below: reviews)] = 1
                        }
                    }
                }
                let linkEnd = linkContext.count
                // Every review scales something: the home, which is always scaled, if nothing else.
                for slot in 0..<reviews
                where !(firstLink..<linkEnd).contains(where: { reviewMask[$0 * Self.reviewSlots + slot] != 0 }) {
                    reviewMask[firstLink * Self.reviewSlots + slot] = 1
                }
                // Who scales: the young person mostly, the parent/carer (nearly always for home),
                // and one to three partner agencies.
                for link in firstLink..<linkEnd {
                    let isFamily = pickedKinds[link - firstLink] == .family
                    for slot in 0..<reviews where reviewMask[link * Self.reviewSlots + slot] != 0 {
                        let youngPerson = rng.percent(80) ? 1 : 0
                        let parent = rng.percent(isFamily ? 90 : 50) ? 1 : 0
                        let agencies = 1 + DatasetGenerator.weighted([70, 25, 5], &rng)
                        reviewMask[link * Self.reviewSlots + slot] =
                            UInt8(1 | youngPerson << 1 | parent << 2 | agencies << 3)
                        scalingRows += youngPerson + parent + agencies
                    }
                }
                linkStart.append(Int32(linkEnd))

                // Plan actions for about half the young people.
                let actions = rng.percent(50) ? rng.int(in: 2...5) : 0
                actionCount.append(UInt8(actions))
                actionRows += actions

                // An agreed weighting for about a third, on one review, over 2 to 5 contexts.
                if rng.percent(33) && linkEnd - firstLink >= 2 {
                    let slot = rng.int(below: reviews)
                    candidates.removeAll(keepingCapacity: true)
                    for link in firstLink..<linkEnd where reviewMask[link * Self.reviewSlots + slot] != 0 {
                        candidates.append(Int32(link))
                    }
                    if candidates.count < 2 {
                        candidates = (firstLink..<linkEnd).map { Int32($0) }
                    }
                    let k = min(rng.int(in: 2...5), candidates.count)
                    for j in 0..<k {
                        candidates.swapAt(j, j + rng.int(below: candidates.count - j))
                    }
                    // Shares in fives, as a meeting would agree them: cut 0...20 at k - 1 points.
                    var cuts: [Int] = []
                    while cuts.count < k - 1 {
                        let cut = rng.int(in: 1...19)
                        if !cuts.contains(cut) { cuts.append(cut) }
                    }
                    cuts.sort()
                    cuts.append(20)
                    var rows: [Agreed] = []
                    var previous = 0
                    let by = UInt8(DatasetGenerator.weighted([70, 25, 5], &rng))
                    for j in 0..<k {
                        rows.append(
                            Agreed(
                                youngPerson: Int32(i), context: linkContext[Int(candidates[j])],
                                day: reviewDays[i * Self.reviewSlots + slot],
                                share: UInt8((cuts[j] - previous) * 5), agreedBy: by))
                        previous = cuts[j]
                    }
                    rows.sort { $0.share != $1.share ? $0.share > $1.share : $0.context < $1.context }
                    agreed.append(contentsOf: rows)
                }
            }
        }

        /// Known associations between young people, a few per hundred: half within a peer
        /// group they share, half anywhere in the caseload.
        private mutating func planPeerLinks(seed: UInt64) {
            let n = youngPeople
            guard n >= 2 else { return }
            // Members of each peer group (compressed rows over the shared contexts).
            var memberStart = [Int32](repeating: 0, count: sharedContexts + 1)
            for context in linkContext where context < sharedContexts && sharedKinds[Int(context)] == UInt8(Kind.peer.rawValue) {
                memberStart[Int(context) + 1] += 1
            }
            for c in 0..<sharedContexts { memberStart[c + 1] += memberStart[c] }
            var fill = memberStart
            var members = [Int32](repeating: 0, count: Int(memberStart[sharedContexts]))
            for person in 0..<n {
                for link in Int(linkStart[person])..<Int(linkStart[person + 1]) {
                    let context = Int(linkContext[link])
                    if context < sharedContexts && sharedKinds[context] == UInt8(Kind.peer.rawValue) {
                        members[Int(fill[context])] = Int32(person)
                        fill[context] += 1
                    }
                }
            }

            var rng = SeededGenerator(seed: seed, stream: Stream.peers.rawValue, index: 0)
            let wanted = max(1, n * 3 / 100)
            var seen = Set<UInt64>()
            var attempts = 0
            while seen.count < wanted && attempts < wanted * 20 + 100 {
                attempts += 1
                let a = rng.int(below: n)
                var b = rng.int(below: n)
                if rng.percent(50) {
                    var groups: [Int] = []
                    for link in Int(linkStart[a])..<Int(linkStart[a + 1]) {
                        let context = Int(linkContext[link])
                        if context < sharedContexts && sharedKinds[context] == UInt8(Kind.peer.rawValue) {
                            groups.append(context)
                        }
                    }
                    if !groups.isEmpty {
                        let group = groups[rng.int(below: groups.count)]
                        let size = Int(memberStart[group + 1] - memberStart[group])
                        b = Int(members[Int(memberStart[group]) + rng.int(below: size)])
                    }
                }
                if a == b { continue }
                seen.insert(UInt64(min(a, b)) << 32 | UInt64(max(a, b)))
            }
            peerPairs = seen.sorted()
        }

        private func shuffle<T>(_ array: inout [T], _ rng: inout SeededGenerator) {
            guard array.count > 1 else { return }
            for i in stride(from: array.count - 1, to: 0, by: -1) {
                array.swapAt(i, rng.int(below: i + 1))
            }
        }
    }
}

// MARK: - Bytes out

extension DatasetGenerator {
    /// Appends CSV cells to a ~1 MB byte buffer and flushes it to the file when full, so that
    /// millions of rows cost neither a giant String nor a system call per row.
    struct ByteWriter {
        static let capacity = 1 << 20
        private var buffer: [UInt8] = []
        private let handle: FileHandle

        init(url: URL) throws {
            try Data().write(to: url)
            handle = try FileHandle(forWritingTo: url)
            buffer.reserveCapacity(Self.capacity + 16_384)
        }

        @inline(__always) mutating func byte(_ b: UInt8) { buffer.append(b) }
        @inline(__always) mutating func comma() { buffer.append(0x2C) }
        @inline(__always) mutating func bytes(_ b: [UInt8]) { buffer.append(contentsOf: b) }

        /// A cell from text, quoted per RFC 4180 when it holds a comma, a quote or a line end.
        mutating func field(_ text: String) {
            buffer.append(contentsOf: ByteWriter.encode(text))
        }

        static func encode(_ text: String) -> [UInt8] {
            let utf8 = Array(text.utf8)
            guard utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return utf8 }
            var quoted: [UInt8] = [0x22]
            for b in utf8 {
                if b == 0x22 { quoted.append(0x22) }
                quoted.append(b)
            }
            quoted.append(0x22)
            return quoted
        }

        /// A non-negative integer, left-padded with zeros to `width` digits.
        mutating func number(_ value: Int, width: Int = 1) {
            var digits = 1
            var rest = value / 10
            while rest > 0 {
                digits += 1
                rest /= 10
            }
            let total = max(width, digits)
            let start = buffer.count
            buffer.append(contentsOf: repeatElement(0x30, count: total))
            var v = value
            var index = start + total - 1
            while v > 0 {
                buffer[index] = 0x30 + UInt8(v % 10)
                v /= 10
                index -= 1
            }
        }

        mutating func date(_ days: Int) {
            let (y, m, d) = DatasetGenerator.civil(days)
            number(y, width: 4)
            byte(0x2D)
            number(m, width: 2)
            byte(0x2D)
            number(d, width: 2)
        }

        /// Millionths of a degree as a fixed six-decimal number: no floating-point formatting.
        mutating func degrees(micro value: Int) {
            if value < 0 { byte(0x2D) }
            let magnitude = abs(value)
            number(magnitude / 1_000_000)
            byte(0x2E)
            number(magnitude % 1_000_000, width: 6)
        }

        mutating func endRow() throws {
            buffer.append(0x0A)
            if buffer.count >= Self.capacity { try flush() }
        }

        mutating func flush() throws {
            guard !buffer.isEmpty else { return }
            try handle.write(contentsOf: buffer)
            buffer.removeAll(keepingCapacity: true)
        }

        mutating func close() throws {
            try flush()
            try handle.close()
        }
    }
}

// MARK: - The files

extension DatasetGenerator {
    /// Turns the plan into the seven files, drawing cell values from per-row streams.
    struct FileWriter {
        static let progressEvery = 100_000

        let plan: Plan
        let seed: UInt64
        let directory: URL
        let youngPersonWidth: Int
        let contextWidth: Int

        init(plan: Plan, seed: UInt64, directory: URL) {
            self.plan = plan
            self.seed = seed
            self.directory = directory
            // Zero-padded ids, so that byte order is numeric order.
            youngPersonWidth = max(6, String(plan.youngPeople).utf8.count)
            contextWidth = max(6, String(plan.totalContexts).utf8.count)
        }

        /// Opens `name`, writes its header, lets `body` write the rows, closes it and reports.
        private func withFile(
            _ name: String, header: String, expected: Int, _ progress: (Progress) -> Void,
            _ body: (inout ByteWriter, inout Counter) throws -> Void
        ) throws {
            var writer = try ByteWriter(url: directory.appendingPathComponent(name))
            writer.bytes(Array(header.utf8))
            try writer.endRow()
            var counter = Counter(file: name, expected: expected)
            try body(&writer, &counter)
            try writer.close()
            progress(Progress(file: name, rowsWritten: counter.rows, rowsExpected: expected))
        }

        struct Counter {
            let file: String
            let expected: Int
            var rows = 0

            @inline(__always) mutating func row(_ report: (Progress) -> Void) {
                rows += 1
                // The last row is reported once, by the end-of-file report.
                if rows % FileWriter.progressEvery == 0 && rows != expected {
                    report(Progress(file: file, rowsWritten: rows, rowsExpected: expected))
                }
            }
        }

        private func youngPersonID(_ index: Int, _ w: inout ByteWriter) {
            w.byte(0x59)
            w.byte(0x50)
            w.number(index + 1, width: youngPersonWidth)
        }

        private func contextID(_ index: Int, _ w: inout ByteWriter) {
            w.byte(0x43)
            w.number(index + 1, width: contextWidth)
        }

        func writeYoungPeople(_ progress: (Progress) -> Void) throws {
            let n = plan.youngPeople
            let workers = max(1, (n + 14) / 15)
            let workerWidth = max(4, String(workers).utf8.count)
            let letters = Words.initials
            let pathways = Words.pathways.map { Array($0.utf8) }
            let factors = Words.harmFactors.map { Array($0.utf8) }
            let dobFrom = DatasetGenerator.day(2008, 1, 1)
            let dobDays = DatasetGenerator.day(2013, 1, 1) - dobFrom
            try withFile(
                "young_people.csv", header: "id,name,date_of_birth,pathway,harm_factors,allocated_worker",
                expected: n, progress
            ) { w, counter in
                for i in 0..<n {
                    var rng = SeededGenerator(seed: seed, stream: Stream.person.rawValue, index: UInt64(i))
                    youngPersonID(i, &w)
                    w.comma()
                    for _ in 0..<(rng.percent(10) ? 3 : 2) {
                        w.byte(letters[rng.int(below: letters.count)])
                        w.byte(0x2E)
                    }
                    w.comma()
                    w.date(dobFrom + rng.int(below: dobDays))
                    w.comma()
                    w.bytes(pathways[DatasetGenerator.weighted(Words.pathwayWeights, &rng)])
                    w.comma()
                    if !rng.percent(15) {
                        var chosen = [Bool](repeating: false, count: factors.count)
                        var weights = Words.harmFactorWeights
                        for _ in 0...DatasetGenerator.weighted([50, 35, 15], &rng) {
                            let f = DatasetGenerator.weighted(weights, &rng)
                            chosen[f] = true
                            weights[f] = 0
                        }
                        var first = true
                        for (f, isChosen) in chosen.enumerated() where isChosen {
                            if !first { w.byte(0x3B) }
                            w.bytes(factors[f])
                            first = false
                        }
                    }
                    w.comma()
                    w.byte(0x53)
                    w.byte(0x57)
                    w.number(1 + rng.int(below: workers), width: workerWidth)
                    try w.endRow()
                    counter.row(progress)
                }
            }
        }

        func writeContexts(_ progress: (Progress) -> Void) throws {
            let shared = plan.sharedContexts
            let total = plan.totalContexts
            let places = Words.places
            // How often each name has been used, so repeats get a number suffix.
            var used: [Int: Int] = [:]
            try withFile(
                "contexts.csv", header: "id,name,type,address,postcode,latitude,longitude",
                expected: total, progress
            ) { w, counter in
                for c in 0..<total {
                    var rng = SeededGenerator(seed: seed, stream: Stream.context.rawValue, index: UInt64(c))
                    let kind = plan.kind(ofContext: c)
                    var name: String
                    var nameKey: Int
                    var address = false
                    var postcode = false
                    var coordinates = false
                    switch kind {
                    case .family:
                        let household = c - shared
                        name = Words.householdKinds[Int(plan.householdKinds[household])] + " " + String(household + 1)
                        nameKey = -1
                    case .peer:
                        let a = rng.int(below: Words.peerFocus.count)
                        let b = rng.int(below: Words.peerKinds.count)
                        name = Words.peerFocus[a] + " " + Words.peerKinds[b]
                        nameKey = 1_000_000 + a * 1000 + b
                    case .school:
                        let a = rng.int(below: places.count)
                        let b = rng.int(below: Words.schoolKinds.count)
                        name = places[a] + " " + Words.schoolKinds[b]
                        nameKey = 2_000_000 + a * 1000 + b
                        address = rng.percent(90)
                        postcode = rng.percent(80)
                    case .community:
                        let a = rng.int(below: places.count)
                        let b = rng.int(below: Words.communityKinds.count)
                        name = places[a] + " " + Words.communityKinds[b]
                        nameKey = 3_000_000 + a * 1000 + b
                        address = rng.percent(50)
                        postcode = rng.percent(40)
                        coordinates = rng.percent(50)
                    case .online:
                        let a = rng.int(below: Words.platforms.count)
                        let b = rng.int(below: Words.onlineKinds.count)
                        name = Words.platforms[a] + " " + Words.onlineKinds[b]
                        nameKey = 4_000_000 + a * 1000 + b
                    case .service:
                        let a = rng.int(below: places.count)
                        let b = rng.int(below: Words.serviceKinds.count)
                        name = places[a] + " " + Words.serviceKinds[b]
                        nameKey = 5_000_000 + a * 1000 + b
                        address = rng.percent(60)
                        postcode = rng.percent(40)
                    }
                    if nameKey >= 0 {
                        let uses = used[nameKey, default: 0] + 1
                        used[nameKey] = uses
                        if uses > 1 { name += " " + String(uses) }
                    }

                    contextID(c, &w)
                    w.comma()
                    w.field(name)
                    w.comma()
                    w.bytes(Array(kind.label.utf8))
                    w.comma()
                    if address {
                        w.number(rng.int(in: 1...240))
                        w.byte(0x20)
                        w.field(Words.streets[rng.int(below: Words.streets.count)])
                    }
                    w.comma()
                    if postcode {
                        w.byte(0x5A)
                        w.byte(0x5A)
                        w.number(rng.int(in: 1...9))
                        w.byte(0x20)
                        w.number(rng.int(in: 1...9))
                        w.byte(Words.postcodeLetters[rng.int(below: Words.postcodeLetters.count)])
                        w.byte(Words.postcodeLetters[rng.int(below: Words.postcodeLetters.count)])
                    }
                    w.comma()
                    if coordinates {
                        // A small fictional box: latitude 52.40–52.50, longitude −1.60 to −1.45.
                        w.degrees(micro: 52_400_000 + rng.int(below: 100_001))
                        w.comma()
                        w.degrees(micro: -(1_450_000 + rng.int(below: 150_001)))
                    } else {
                        w.comma()
                    }
                    try w.endRow()
                    counter.row(progress)
                }
            }
        }

        func writeLinks(_ progress: (Progress) -> Void) throws {
            let relationships = Words.relationships.map { Array($0.utf8) }
            try withFile(
                "links.csv", header: "young_person_id,context_id,relationship,since",
                expected: plan.linkContext.count, progress
            ) { w, counter in
                for i in 0..<plan.youngPeople {
                    for link in Int(plan.linkStart[i])..<Int(plan.linkStart[i + 1]) {
                        youngPersonID(i, &w)
                        w.comma()
                        contextID(Int(plan.linkContext[link]), &w)
                        w.comma()
                        w.bytes(relationships[Int(plan.linkRelationship[link])])
                        w.comma()
                        let since = plan.linkSince[link]
                        if since != Plan.noDate { w.date(Int(since)) }
                        try w.endRow()
                        counter.row(progress)
                    }
                }
            }
        }

        /// The scores: each link has its own level and trend across reviews; each voice sees it
        /// through its own bias (the young person often safer than the police), plus noise.
        func writeScaling(_ progress: (Progress) -> Void) throws {
            let roles = Words.roles.map { Array($0.utf8) }
            let parents = Words.parents.map { Array($0.utf8) }
            let agencies = Words.agencies.map { Array($0.utf8) }
            let plain = Words.plainComments.map { ByteWriter.encode($0) }
            let tricky = Words.trickyComments.map { ByteWriter.encode($0) }
            let agencyWeights = Words.agencyWeights
            let agencyBias = Words.agencyBias
            let parentBias = Words.parentBias
            let baseHarm = Words.baseHarm
            let baseSpread = Words.baseSpread
            let risk = Array("risk".utf8)
            let safety = Array("safety".utf8)
            let slots = Plan.reviewSlots
            var level: [Int] = []
            var slope: [Int] = []
            var youngPersonBias: [Int] = []

            try withFile(
                "scaling.csv",
                header: "date,young_person_id,context_id,respondent_role,respondent,score,scale,comment",
                expected: plan.scalingRows, progress
            ) { w, counter in
                for i in 0..<plan.youngPeople {
                    var rng = SeededGenerator(seed: seed, stream: Stream.scaling.rawValue, index: UInt64(i))
                    let firstLink = Int(plan.linkStart[i])
                    let linkEnd = Int(plan.linkStart[i + 1])
                    let area = Int(plan.area[i])
                    let isRisk = plan.riskArea[area]
                    let isExplicit = plan.explicitSafetyArea[area]
                    let severity = rng.int(in: -15...25)
                    level.removeAll(keepingCapacity: true)
                    slope.removeAll(keepingCapacity: true)
                    youngPersonBias.removeAll(keepingCapacity: true)
                    for link in firstLink..<linkEnd {
                        let kind = plan.kind(ofContext: Int(plan.linkContext[link])).rawValue
                        level.append(baseHarm[kind] + severity + rng.int(in: -baseSpread[kind]...baseSpread[kind]))
                        let trend = rng.int(below: 100)
                        slope.append(
                            trend < 40 ? -rng.int(in: 5...15) : trend < 75 ? rng.int(in: 5...15) : rng.int(in: -3...3))
                        if kind == Kind.family.rawValue {
                            youngPersonBias.append(rng.int(in: -5...10))
                        } else {
                            youngPersonBias.append(rng.percent(60) ? -rng.int(in: 15...30) : rng.int(in: -5...5))
                        }
                    }

                    for review in 0..<Int(plan.reviewCount[i]) {
                        let day = Int(plan.reviewDays[i * slots + review])
                        for link in firstLink..<linkEnd {
                            let mask = Int(plan.reviewMask[link * slots + review])
                            guard mask & 1 != 0 else { continue }
                            let context = Int(plan.linkContext[link])
                            let kind = plan.kind(ofContext: context).rawValue
                            let offset = link - firstLink
                            let harmHere = level[offset] + slope[offset] * review

                            func row(role: Int, respondent: [UInt8]?, bias: Int, _ rng: inout SeededGenerator) throws {
                                let tenths = min(100, max(0, harmHere + bias + rng.int(in: -10...10)))
                                let harm = (tenths + 5) / 10
                                w.date(day)
                                w.comma()
                                youngPersonID(i, &w)
                                w.comma()
                                contextID(context, &w)
                                w.comma()
                                w.bytes(roles[role])
                                w.comma()
                                if let respondent { w.bytes(respondent) }
                                w.comma()
                                if isRisk {
                                    w.number(harm)
                                    w.comma()
                                    w.bytes(risk)
                                } else {
                                    w.number(10 - harm)
                                    w.comma()
                                    if isExplicit || rng.percent(3) { w.bytes(safety) }
                                }
                                w.comma()
                                let comment = rng.int(below: 1000)
                                if comment >= 970 {
                                    w.bytes(tricky[comment % tricky.count])
                                } else if comment >= 880 {
                                    w.bytes(plain[comment % plain.count])
                                }
                                try w.endRow()
                                counter.row(progress)
                            }

                            if mask & 2 != 0 {
                                try row(role: 0, respondent: nil, bias: youngPersonBias[offset], &rng)
                            }
                            if mask & 4 != 0 {
                                try row(
                                    role: 1, respondent: parents[Int(plan.parentVoice[i])], bias: parentBias[kind], &rng)
                            }
                            var chosen = 0
                            for _ in 0..<(mask >> 3) {
                                var total = 0
                                for a in 0..<6 where chosen & (1 << a) == 0 { total += agencyWeights[kind * 6 + a] }
                                var r = rng.int(below: total)
                                var agency = 0
                                for a in 0..<6 where chosen & (1 << a) == 0 {
                                    let weight = agencyWeights[kind * 6 + a]
                                    if r < weight {
                                        agency = a
                                        break
                                    }
                                    r -= weight
                                }
                                chosen |= 1 << agency
                                try row(role: 2, respondent: agencies[agency], bias: agencyBias[kind * 6 + agency], &rng)
                            }
                        }
                    }
                }
            }
        }

        func writePeerLinks(_ progress: (Progress) -> Void) throws {
            let relationships = Words.peerRelationships.map { ByteWriter.encode($0) }
            var rng = SeededGenerator(seed: seed, stream: Stream.peers.rawValue, index: 1)
            let sinceFrom = DatasetGenerator.day(2022, 1, 1)
            let sinceDays = DatasetGenerator.day(2025, 7, 1) - sinceFrom
            try withFile(
                "peer_links.csv", header: "young_person_id,other_young_person_id,relationship,since",
                expected: plan.peerPairs.count, progress
            ) { w, counter in
                for pair in plan.peerPairs {
                    youngPersonID(Int(pair >> 32), &w)
                    w.comma()
                    youngPersonID(Int(pair & 0xFFFF_FFFF), &w)
                    w.comma()
                    w.bytes(relationships[rng.int(below: relationships.count)])
                    w.comma()
                    if rng.percent(70) { w.date(sinceFrom + rng.int(below: sinceDays)) }
                    try w.endRow()
                    counter.row(progress)
                }
            }
        }

        /// Plans lean on contexts, but a share of actions target the young person or the
        /// parent/carer, so that the contextual-focus figure has drift to show.
        func writePlanActions(_ progress: (Progress) -> Void) throws {
            let lastDay = DatasetGenerator.day(2026, 12, 31)
            try withFile(
                "plan_actions.csv", header: "young_person_id,target,action,context_id,owner,due,status",
                expected: plan.actionRows, progress
            ) { w, counter in
                var nonFamily: [Int] = []
                for i in 0..<plan.youngPeople where plan.actionCount[i] > 0 {
                    var rng = SeededGenerator(seed: seed, stream: Stream.actions.rawValue, index: UInt64(i))
                    let firstLink = Int(plan.linkStart[i])
                    let linkEnd = Int(plan.linkStart[i + 1])
                    nonFamily.removeAll(keepingCapacity: true)
                    for link in firstLink..<linkEnd where plan.kind(ofContext: Int(plan.linkContext[link])) != .family {
                        nonFamily.append(link)
                    }
                    let firstReview = Int(plan.reviewDays[i * Plan.reviewSlots])
                    for _ in 0..<Int(plan.actionCount[i]) {
                        youngPersonID(i, &w)
                        w.comma()
                        let target = DatasetGenerator.weighted([55, 30, 15], &rng)
                        switch target {
                        case 0:
                            let link =
                                !nonFamily.isEmpty && rng.percent(85)
                                ? nonFamily[rng.int(below: nonFamily.count)]
                                : firstLink + rng.int(below: linkEnd - firstLink)
                            let context = Int(plan.linkContext[link])
                            let kind = plan.kind(ofContext: context).rawValue
                            let actions = Words.contextActions[kind]
                            let owners = Words.contextOwners[kind]
                            w.bytes(Array("context,".utf8))
                            w.field(actions[rng.int(below: actions.count)])
                            w.comma()
                            contextID(context, &w)
                            w.comma()
                            w.field(owners[rng.int(below: owners.count)])
                        case 1:
                            w.bytes(Array("young_person,".utf8))
                            w.field(Words.youngPersonActions[rng.int(below: Words.youngPersonActions.count)])
                            w.comma()
                            w.comma()
                            w.field(Words.youngPersonOwners[rng.int(below: Words.youngPersonOwners.count)])
                        default:
                            w.bytes(Array("parent_carer,".utf8))
                            w.field(Words.parentActions[rng.int(below: Words.parentActions.count)])
                            w.comma()
                            w.comma()
                            w.field(Words.parentOwners[rng.int(below: Words.parentOwners.count)])
                        }
                        w.comma()
                        if rng.percent(90) { w.date(min(lastDay, firstReview + rng.int(in: 14...300))) }
                        w.comma()
                        w.field(Words.statuses[DatasetGenerator.weighted(Words.statusWeights, &rng)])
                        try w.endRow()
                        counter.row(progress)
                    }
                }
            }
        }

        func writeAgreedWeighting(_ progress: (Progress) -> Void) throws {
            let agreedBy = Words.agreedBy.map { ByteWriter.encode($0) }
            try withFile(
                "agreed_weighting.csv", header: "date,young_person_id,context_id,share,agreed_by",
                expected: plan.agreed.count, progress
            ) { w, counter in
                for row in plan.agreed {
                    w.date(Int(row.day))
                    w.comma()
                    youngPersonID(Int(row.youngPerson), &w)
                    w.comma()
                    contextID(Int(row.context), &w)
                    w.comma()
                    w.number(Int(row.share))
                    w.comma()
                    w.bytes(agreedBy[Int(row.agreedBy)])
                    try w.endRow()
                    counter.row(progress)
                }
            }
        }
    }
}
