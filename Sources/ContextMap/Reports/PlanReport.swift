/// How far each plan aims at the places and groups where harm happens, and which
/// high-share contexts no action targets.
public struct PlanReport: Report {
    public let analysis: Analysis
    public let plans: [PlanFocus]

    /// How young people and family homes are named: practitioners see ids and names.
    public let naming: PersonNaming

    public init(analysis: Analysis, youngPeople: [Int], naming: PersonNaming? = nil) {
        self.analysis = analysis
        self.plans = youngPeople.map(analysis.planFocus(of:))
        self.naming = naming ?? .practitioner(analysis.dataset)
    }

    private var dataset: Dataset { analysis.dataset }

    public func rendered(as format: OutputFormat) -> [UInt8] {
        switch format {
        case .json:
            var out = JSONWriter()
            out.object { out in
                out.field("as_of", analysis.asOf)
                out.field("high_share", analysis.options.highShare)
                out.key("young_people")
                out.array { out in
                    for plan in plans {
                        out.object { out in
                            out.field("id", naming.id(plan.youngPerson))
                            out.field("name", naming.name(plan.youngPerson))
                            out.field("active_actions", plan.activeActions)
                            out.field("context_actions", plan.contextActions)
                            out.field("contextual_focus", plan.contextualFocus)
                            out.key("actions_by_target")
                            out.object { out in
                                for target in PlanTarget.allCases { out.field(target.rawValue, plan.actionsByTarget[target] ?? 0) }
                            }
                            out.key("untargeted_contexts")
                            out.array { out in
                                for entry in plan.untargetedContexts {
                                    out.object { out in
                                        out.field("id", dataset.contexts.ids[entry.context])
                                        out.field("name", naming.contextName(entry.context))
                                        out.field("share", entry.share)
                                    }
                                }
                            }
                        }
                    }
                }
            }
            out.newline()
            return out.bytes
        case .csv:
            var out = CSVWriter(header: ["young_person_id", "active_actions", "context_actions", "contextual_focus", "untargeted_contexts"])
            for plan in plans {
                out.row([naming.id(plan.youngPerson), String(plan.activeActions), String(plan.contextActions),
                         plan.contextualFocus.map(NumberText.decimal),
                         plan.untargetedContexts.map { dataset.contexts.ids[$0.context] }.joined(separator: ";")])
            }
            return out.bytes
        case .table:
            var text = "Contextual focus of plans \(Wording.asOf(analysis.asOf)): the share of actions (not dropped) aimed at places and groups outside the home\n"
            var table = TextTable([("Young person", .left), ("Actions", .right), ("At contexts", .right),
                                   ("Focus", .right), ("High-share contexts with no action", .left)])
            for plan in plans {
                table.add([naming.label(plan.youngPerson), String(plan.activeActions), String(plan.contextActions),
                           Wording.share(plan.contextualFocus),
                           plan.untargetedContexts.isEmpty ? "–" : plan.untargetedContexts.map {
                               "\(naming.contextLabel($0.context)) \(Wording.share($0.share))"
                           }.joined(separator: ", ")])
            }
            text += table.render(indent: "  ")
            text += "High share: \(NumberText.decimal(analysis.options.highShare))% or more of the young person's harm.\n"
            return Array(text.utf8)
        }
    }
}
