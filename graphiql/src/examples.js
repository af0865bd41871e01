// The tabs GraphiQL opens with on a fresh browser: each works on the demo data of the embedded
// default (./mvnw spring-boot:run). GraphiQL keeps edited tabs in the browser's local storage.
const tab = (query, variables, headers) => ({
  query: query.trim() + '\n',
  variables: variables ? JSON.stringify(variables, null, 2) : undefined,
  headers: headers ? JSON.stringify(headers, null, 2) : undefined,
});

const frontPage = `
# The front page: newest posts with their authors and each author's latest posts.
# One SQL statement per level, whatever the number of rows: see the SQL panel on the left.
query FrontPage {
  posts(first: 5) {
    totalCount
    edges {
      node {
        title
        createdAt
        commentCount
        author {
          username
          displayName
          posts(first: 3) { totalCount edges { node { title } } }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`;

const authorPage = `
# An author's page: profile, counters, latest posts, followers.
query AuthorPage($username: String!) {
  author(username: $username) {
    displayName
    bio
    stats { postCount commentCount lastPostAt }
    posts(first: 5) { edges { node { title commentCount } } pageInfo { hasNextPage endCursor } }
    followers(first: 5) { totalCount }
  }
}`;

const thread = `
# A whole comment thread in reading order: one WITH RECURSIVE statement, whatever its depth.
query Thread {
  posts(first: 1) {
    edges {
      node {
        title
        commentCount
        thread(first: 50) {
          truncatedByDepth
          edges { depth node { body author { username } replyCount } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
  }
}`;

const search = `
# Full-text search: stemmed words, "quoted phrases", -excluded, or; best match first.
query Search($query: String!) {
  searchPosts(query: $query, first: 5) {
    edges { rank snippet node { title author { username } } }
  }
}`;

const tags = `
# Posts by tag, and the tags of a post.
query Tags {
  tags(first: 10) {
    totalCount
    edges { node { name posts(first: 3) { totalCount edges { node { title } } } } }
  }
  posts(first: 5) { edges { node { title tags { name } } } }
}`;

const signIn = `
# Demo authors have no account: register one (run "Register" once), then "Login" when the
# token has expired. Copy the token into the Headers of the "Write" tab.
mutation Register {
  register(input: {
    username: "explorer", email: "explorer@example.com",
    password: "correct horse battery", displayName: "GraphiQL Explorer"
  }) {
    token
    viewer { id username role }
  }
}

mutation Login {
  login(input: { usernameOrEmail: "explorer", password: "correct horse battery" }) {
    token
    viewer { username }
  }
}`;

const write = `
# Writes need a token: replace <token> in the Headers below (bottom pane) with the token from
# the "Register" tab. Every operation of this tab then runs as that author.
mutation Write {
  createPost(input: { title: "Hello from GraphiQL", body: "Written in the *explorer*." }) {
    id
    title
    bodyHtml
    author { username }
  }
}

query MyFeed {
  viewer { username }
  feed(first: 5) { edges { node { title author { username } } } }
}`;

const resetPassword = `
# A forgotten password, in two steps. 1: ask for the mail (the answer is true whether or not an
# account has the address). Without an SMTP server (the embedded default) the mail is in the
# server's log and in the table mail_outbox. 2: paste its token below and run "ResetPassword":
# the answer signs you in, and every token issued before stops working.
mutation RequestPasswordReset {
  requestPasswordReset(email: "explorer@example.com")
}

mutation ResetPassword($token: String!) {
  resetPassword(token: $token, newPassword: "a brand new passphrase") {
    token
    viewer { username email emailConfirmed }
  }
}`;

export const exampleTabs = [
  tab(frontPage),
  tab(authorPage, { username: 'filiberto_goldner' }),
  tab(thread),
  tab(search, { query: 'wireless protocol' }),
  tab(tags),
  tab(signIn),
  tab(write, null, { Authorization: 'Bearer <token>' }),
  tab(resetPassword, { token: '<token from the mail>' }),
];
