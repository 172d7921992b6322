import ArgumentParser
import ContextMapServe
import ContextMapStore
import Foundation

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list or remove the people who may sign in to `serve`.",
        subcommands: [Add.self, List.self, RemoveUser.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person (or give them a new role and password).",
            discussion: """
            A practitioner's name must be written as young people's allocated_worker names them: \
            it is how their caseload is found. The password is asked for twice at a terminal, or \
            read from the first line of standard input; only a bcrypt hash of it is stored.
            """)

        @Argument(help: "The person's name, as they will sign in.")
        var name: String

        @Option(name: .long, help: "practitioner, chair, partner or analyst.")
        var role: UserRole

        @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
        var db: String = DatasetOptions.defaultStore

        func validate() throws {
            guard !name.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("The name is empty.") }
        }

        func run() throws {
            let name = self.name.trimmingCharacters(in: .whitespaces)
            let password = try PasswordPrompt.read(for: name)
            do {
                let store = try CaseStore(path: db, creatingIfMissing: true)
                try store.saveUser(UserAccount(name: name, role: role, passwordHash: Passwords.hash(password)), who: DatasetOptions.loginName)
                Terminal.error("\(name) may sign in as \(role.rawValue)")
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(1)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the people who may sign in, and their roles.")

        @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
        var db: String = DatasetOptions.defaultStore

        func run() throws {
            do {
                for user in try CaseStore(path: db).users() { print("\(user.name)\t\(user.role.rawValue)") }
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(1)
            }
        }
    }

    struct RemoveUser: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Remove a person's account.")

        @Argument(help: "The person's name.")
        var name: String

        @Option(name: .long, help: ArgumentHelp("The case store.", valueName: "file"))
        var db: String = DatasetOptions.defaultStore

        func run() throws {
            do {
                guard try CaseStore(path: db).removeUser(named: name, who: DatasetOptions.loginName) else {
                    Terminal.error("error: there is no account named \(name)")
                    throw ExitCode(1)
                }
                Terminal.error("removed \(name): they can no longer sign in (a running serve ends their session at its next request)")
            } catch let error as ExitCode {
                throw error
            } catch {
                Terminal.error("\(error)")
                throw ExitCode(1)
            }
        }
    }
}

extension UserRole: ExpressibleByArgument {}
