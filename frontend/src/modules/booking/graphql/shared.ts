import { graphql } from '../../../gql';

// Operations more than one page of the booking module uses.

export const StudiosQuery = graphql(`
  query Studios {
    studios { id name isNew }
  }
`);

export const OnboardingQuery = graphql(`
  query Onboarding($studioId: ID) {
    onboarding(studioId: $studioId) {
      isNew
      complete
      activeContract { id number status startDate endDate insuranceExpiresOn }
      items { step done detail count pending }
    }
  }
`);
