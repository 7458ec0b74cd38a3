// Every message catalog for this area's client forms: see app/_components/area-messages-layout.tsx.
export { default } from '@/app/_components/area-messages-layout';
