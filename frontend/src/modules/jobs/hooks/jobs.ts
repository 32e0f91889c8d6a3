import { useMutation, useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { describeError, useToast } from '../../../ui';
import { JobsQuery, RunJobMutation } from '../graphql/jobs';

/** The scheduled jobs, read again every 15 s while the page is open (a queued run shows up when done). */
export function useJobs() {
  return useQuery(JobsQuery, { pollInterval: 15_000 });
}

/** "Lancer": queues a run; the toast says whether it was queued or one was already waiting. */
export function useRunJob() {
  const { t } = useTranslation('jobs');
  const toast = useToast();
  const [run, state] = useMutation(RunJobMutation, { refetchQueries: ['Jobs'] });
  const launch = (name: string) =>
    run({ variables: { name } }).then(
      (res) => (res.data?.runJob ? toast.success(t('run.queued', { job: t(`names.${name}`, { defaultValue: name }) })) : toast.info(t('run.alreadyWaiting'))),
      (error: unknown) => toast.error(describeError(error, t)),
    );
  return { launch, running: state.loading };
}
