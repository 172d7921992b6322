extension Analysis {
    /// The contextual focus of every young person's plan, in young person id order.
    public func planFocus() -> [PlanFocus] {
        youngPeopleInIDOrder.map(planFocus(of:))
    }

    /// The contextual focus of one young person's plan.
    public func planFocus(of youngPerson: Int) -> PlanFocus {
        let active = planActionsByYoungPerson[youngPerson].map { dataset.planActions[$0] }.filter(\.isActive)
        var byTarget: [PlanTarget: Int] = [:]
        for action in active { byTarget[action.target, default: 0] += 1 }
        let contextActions = active.filter { action in
            guard action.target == .context, let context = action.context else { return false }
            return dataset.contexts.types[context].isOutsideTheHome
        }.count
        let targeted = Set(active.compactMap { $0.target == .context ? $0.context : nil })
        let untargeted = weighting(of: youngPerson).entries.filter { entry in
            guard let share = entry.share else { return false }
            return Figures.reaches(share, options.highShare) && !targeted.contains(entry.context)
        }
        return PlanFocus(youngPerson: youngPerson, activeActions: active.count, contextActions: contextActions,
                         actionsByTarget: byTarget, untargetedContexts: untargeted)
    }
}
