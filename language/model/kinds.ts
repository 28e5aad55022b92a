import type { AreaKind, PartyKind } from '../generated/ast.js';

/**
 * The vocabulary of kinds, in the grammar's order, each with the words hover, completion and the docs use.
 * The grammar's `PartyKind` and `AreaKind` are the closed lists; these tables must name exactly their members
 * (a test compares them with the grammar's keywords).
 */
export const PARTY_KIND_LABELS: Readonly<Record<PartyKind, string>> = {
    'ccg': 'clinical commissioning group; replaced by ICBs on 2022-07-01',
    'council': 'a borough, metropolitan borough or city council',
    'mayor': 'an elected mayor',
    'gla': 'the Greater London Authority',
    'government': 'a government department',
    'national-body': 'NHS England, Public Health England and the like',
    'nhs-trust': 'an NHS trust',
    'foundation-trust': 'an NHS foundation trust',
    'healthwatch': 'the public\'s voice in health and care',
    'voluntary-sector': 'a voluntary and community sector body',
    'provider-alliance': 'providers working together in an alliance',
    'partnership': 'a partnership of other parties',
    'combined-authority': 'a combined authority of several councils',
    'county-council': 'the upper tier of a two-tier area',
    'district-council': 'the lower tier of a two-tier area',
    'unitary-council': 'a single-tier council',
    'icb': 'integrated care board; took over from CCGs on 2022-07-01',
    'integrated-care-partnership': 'integrated care partnership (ICP)',
    'integrated-care-system': 'integrated care system (ICS)',
    'primary-care-network': 'primary care network (PCN)',
    'nhs-region': 'a regional team of NHS England'
};

export const AREA_KIND_LABELS: Readonly<Record<AreaKind, string>> = {
    'country': 'a nation',
    'region': 'an English region',
    'sub-region': 'a group of boroughs or districts',
    'borough': 'a borough or metropolitan borough',
    'locality': 'a neighbourhood or town within a borough or district',
    'city-region': 'a city and its surrounding boroughs',
    'combined-authority-area': 'the area of a combined authority',
    'county': 'a shire county',
    'district': 'a district of a county',
    'unitary-area': 'the area of a unitary council',
    'ics-footprint': 'the area of an integrated care system'
};

/** `Kind: county council (the upper tier of a two-tier area)`: the kind as written, then what it means. */
export function kindDescription(kind: string, labels: Readonly<Record<string, string>>): string {
    const label = labels[kind];
    return `${kind.replace(/-/g, ' ')}${label ? ` (${label})` : ''}`;
}

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
