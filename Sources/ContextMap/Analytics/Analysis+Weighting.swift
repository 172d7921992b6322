extension Analysis {
    /// The context weighting of one young person.
    ///
    /// Order: share descending (compared at 6 decimal places), then context id ascending;
    /// unscaled contexts after all others, by id. All shares are 0 when the harms sum to 0.
    public func weighting(of youngPerson: Int) -> ContextWeighting {
        let links = dataset.links.byYoungPerson[youngPerson]
        var total = 0.0
        for link in links where harm.isScaled(link) { total += harm.harm[link] }
        let agreed = agreedWeighting(of: youngPerson)
        let contextIDs = dataset.contexts.ids
        var entries = links.map { link -> ContextWeighting.Entry in
            let context = Int(dataset.links.context[link])
            let figures = harm[link]
            let share = figures.map { total > 0 ? 100 * $0.harm / total : 0 }
            return ContextWeighting.Entry(context: context, link: link, harm: figures, share: share,
                                          agreedShare: agreed?.shares[context])
        }
        entries.sort { a, b in
            switch (a.share, b.share) {
            case let (x?, y?):
                let kx = Figures.orderingKey(x), ky = Figures.orderingKey(y)
                if kx != ky { return kx > ky }
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): break
            }
            return Figures.idPrecedes(contextIDs[a.context], contextIDs[b.context])
        }
        return ContextWeighting(youngPerson: youngPerson, entries: entries, agreed: agreed)
    }

    /// The latest agreed weighting of a young person on or before the as-of date.
    func agreedWeighting(of youngPerson: Int) -> AgreedWeighting? {
        let agreed = agreedSharesByYoungPerson[youngPerson].map { dataset.agreedShares[$0] }
        var latest: Day?
        for share in agreed {
            if let asOf, share.date > asOf { continue }
            if latest == nil || share.date > latest! { latest = share.date }
        }
        guard let latest else { return nil }
        var shares: [Int: Double] = [:]
        var agreedBy: String?
        for share in agreed where share.date == latest {
            shares[share.context] = share.share
            agreedBy = agreedBy ?? share.agreedBy
        }
        return AgreedWeighting(date: latest, agreedBy: agreedBy, shares: shares)
    }
}
