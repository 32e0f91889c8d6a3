import { graphql } from '../../../gql';

export const JobsQuery = graphql(`
  query Jobs {
    jobs {
      name schedule timezone nextRunAt failures waiting
      lastRun { state startedAt finishedAt outcome error }
    }
  }
`);

export const RunJobMutation = graphql(`
  mutation RunJob($name: String!) {
    runJob(name: $name)
  }
`);
