extension Analysis {
    /// Each of `youngPerson`'s contexts outside the family home that other young people are
    /// linked to, the most worrying first (others of concern, then others linked, then id).
    public func sharedPlaces(of youngPerson: Int) -> [SharedPlace] {
        let links = dataset.links
        let places = links.byYoungPerson[youngPerson].compactMap { link -> SharedPlace? in
            let context = Int(links.context[link])
            guard dataset.contexts.types[context].isOutsideTheHome else { return nil }
            let others = links.byContext[context].filter { Int(links.youngPerson[$0]) != youngPerson }
            guard !others.isEmpty else { return nil }
            return SharedPlace(context: context, othersLinked: others.count, othersOfConcern: others.count(where: isOfConcern))
        }
        let ids = dataset.contexts.ids
        return places.sorted {
            ($0.othersOfConcern, $0.othersLinked) != ($1.othersOfConcern, $1.othersLinked)
                ? ($0.othersOfConcern, $0.othersLinked) > ($1.othersOfConcern, $1.othersLinked)
                : Figures.idPrecedes(ids[$0.context], ids[$1.context])
        }
    }
}
