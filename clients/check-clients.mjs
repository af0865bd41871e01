// Runs urql's and Apollo Client's core clients, each with its defaults, against a running Inkwell:
// urql sends queries as GET when the URL is short enough, Apollo sends POST; both ask for
// application/graphql-response+json. Usage: node check-clients.mjs http://localhost:8080/graphql
// Prints one line per check and exits 1 at the first failure.
import { createClient, cacheExchange, fetchExchange, gql as urqlGql } from '@urql/core';
import { ApolloClient, HttpLink, InMemoryCache, gql, CombinedGraphQLErrors } from '@apollo/client';

const url = process.argv[2];
if (!url) {
  console.error('usage: node check-clients.mjs <graphql url>');
  process.exit(2);
}

const posts = 'query Posts($n: Int) { posts(first: $n) { edges { node { id title author { username } } } } }';
const unknownField = '{ posts(first: 1) { edges { node { noSuchField } } } }';
const login = 'mutation { login(input: {usernameOrEmail: "nobody@example.com", password: "wrong password"}) { token } }';

function check(name, condition, detail) {
  if (!condition) {
    console.error(`FAIL ${name}: ${JSON.stringify(detail)}`);
    process.exit(1);
  }
  console.log(`ok ${name}`);
}

const seen = [];
const recordingFetch = (input, init) => {
  seen.push((init && init.method) || 'GET');
  return fetch(input, init);
};

// urql: default exchanges and options (preferGetMethod 'within-url-limit').
const urql = createClient({ url, exchanges: [cacheExchange, fetchExchange], fetch: recordingFetch });
let result = await urql.query(urqlGql(posts), { n: 2 }).toPromise();
check('urql query', !result.error && Array.isArray(result.data?.posts?.edges), result.error?.message ?? result.data);
check('urql sent the query with GET', seen.at(-1) === 'GET', seen);
result = await urql.query(urqlGql(unknownField), {}).toPromise();
check('urql validation error', result.error?.graphQLErrors?.[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED',
  result.error?.message);
result = await urql.mutation(urqlGql(login), {}).toPromise();
check('urql mutation over POST', seen.at(-1) === 'POST'
  && result.error?.graphQLErrors?.[0]?.extensions?.code === 'UNAUTHENTICATED', result.error?.message);

// Apollo Client: HttpLink and InMemoryCache with their defaults (POST).
const apollo = new ApolloClient({ link: new HttpLink({ uri: url, fetch: recordingFetch }), cache: new InMemoryCache() });
let answer = await apollo.query({ query: gql(posts), variables: { n: 2 } });
check('apollo query', Array.isArray(answer.data?.posts?.edges) && !answer.error, answer.error?.message);
check('apollo sent the query with POST', seen.at(-1) === 'POST', seen);
answer = await apollo.query({ query: gql(unknownField), errorPolicy: 'all' });
check('apollo validation error', CombinedGraphQLErrors.is(answer.error)
  && answer.error.errors[0]?.extensions?.code === 'GRAPHQL_VALIDATION_FAILED', answer.error?.message);
const written = await apollo.mutate({ mutation: gql(login), errorPolicy: 'all' });
check('apollo mutation', CombinedGraphQLErrors.is(written.error)
  && written.error.errors[0]?.extensions?.code === 'UNAUTHENTICATED', written.error?.message);
console.log('all client checks passed');
