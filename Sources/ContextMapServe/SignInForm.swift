/// What the sign-in form posts.
struct SignInForm: Decodable {
    let name: String
    let password: String
    let form_token: String
}

/// What every other form posts: the session's form token.
struct TokenForm: Decodable {
    let form_token: String
}
