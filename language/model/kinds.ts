import type { AreaKind, PartyKind } from '../generated/ast.js';

/**
 * The vocabulary of kinds, in the grammar's order, each with the words hover, completion and the docs use.
 * The grammar's `PartyKind` and `AreaKind` are the closed lists; these tables must name exactly their members
 * (a test compares them with the grammar's keywords).
 */
export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
    'ccg': 'clinical commissioning group (CCG; replaced by ICBs on 2022-07-01)',
    'council': 'council (a London borough or metropolitan borough)',
    'mayor': 'elected mayor',
    'gla': 'Greater London Authority',
    'government': 'government department',
    'national-body': 'national body (NHS England, Public Health England, …)',
    'nhs-trust': 'NHS trust',
    'foundation-trust': 'NHS foundation trust',
    'healthwatch': 'Healthwatch (the public\'s voice in health and care)',
    'voluntary-sector': 'voluntary and community sector body',
    'provider-alliance': 'provider alliance',
    'partnership': 'partnership of other parties',
    'combined-authority': 'combined authority',
    'county-council': 'county council (upper tier of a two-tier area)',
    'district-council': 'district council (lower tier of a two-tier area)',
    'unitary-council': 'unitary council',
    'icb': 'integrated care board (ICB; from 2022-07-01)',
    'integrated-care-partnership': 'integrated care partnership (ICP)',
    'integrated-care-system': 'integrated care system (ICS)',
    'primary-care-network': 'primary care network (PCN)',
    'nhs-region': 'NHS England region'
};

export const AREA_KIND_LABELS: Readonly<Record<AreaKind, string>> = {
    'country': 'country',
    'region': 'English region',
    'sub-region': 'sub-region (a group of boroughs or districts)',
    'borough': 'borough',
    'locality': 'locality (a neighbourhood within a borough)',
    'city-region': 'city region',
    'combined-authority-area': 'combined authority area',
    'county': 'county',
    'district': 'district',
    'unitary-area': 'unitary authority area',
    'ics-footprint': 'integrated care system footprint'
};

export const PARTY_KINDS = Object.keys(PARTY_KIND_LABELS) as PartyKind[];
export const AREA_KINDS = Object.keys(AREA_KIND_LABELS) as AreaKind[];

/**
 * Kinds that do the same job across deals, so checks stay deal-neutral: a pooled budget needs local government
 * and the NHS commissioner of the day (a CCG before 2022-07-01, an ICB after), wherever the deal is.
 */
export const LOCAL_AUTHORITY_KINDS: readonly PartyKind[] = ['council', 'county-council', 'district-council', 'unitary-council', 'combined-authority', 'gla'];
export const NHS_COMMISSIONER_KINDS: readonly PartyKind[] = ['ccg', 'icb'];
/** Bodies that speak for the public (`no-public-involvement`). */
export const PUBLIC_VOICE_KINDS: readonly PartyKind[] = ['healthwatch', 'voluntary-sector'];
