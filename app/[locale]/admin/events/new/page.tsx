import type { Metadata } from 'next';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { forbidden } from 'next/navigation';
import { requireArea } from '@/app/_components/require-area';
import { localeOf } from '@/lib/auth/callback-url';
import { EventForm } from '../[slug]/settings/event-form';
import { createEventAction } from './actions';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  return { title: (await getTranslations({ locale, namespace: 'eventSetup' }))('new.title') };
}

/** Site admins only (the 403 page for anyone else); lib/events/manage checks again when the form is sent. */
export default async function NewEventPage({ params }: Props) {
  const locale = localeOf((await params).locale);
  setRequestLocale(locale);
  const actor = await requireArea('admin');
  if (!actor.isSiteAdmin) forbidden();
  const t = await getTranslations('eventSetup');
  const initial = { timeZone: 'Asia/Taipei', teamSizeMin: '3', teamSizeMax: '5', admissionMode: 'automatic', version: '1' };
  return (
    <>
      <h1>{t('new.title')}</h1>
      <p>{t('new.intro')}</p>
      <EventForm locale={locale} action={createEventAction} initial={initial} submitLabel={t('new.submit')} />
    </>
  );
}
