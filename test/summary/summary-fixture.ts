import { countTotals, type CheckReport, type Finding } from '../../language/engine/results.js';
import type { LhcServices } from '../../language/lhc-module.js';
import { builtInRulesInForce } from '../../language/checks/catalogue.js';
import { rulesWithSomethingToJudge } from '../../language/checks/rule-judgement.js';
import { buildSummary } from '../../language/summary/build-summary.js';
import type { ConditionOutcomeLike } from '../../language/summary/condition-outcome.js';
import type { ComplianceSummary } from '../../language/summary/summary-model.js';
import { buildWorkspace } from '../helpers.js';

/** A small London-like workspace: every kind of status the summary knows appears in it as of 2019-06-01. */
export const LONDON_LIKE = `
area London "London" region
area Camden "Camden" borough within London
area Barnet "Barnet" borough within London
party NHSEngland "NHS England" national-body
party CamdenCouncil "London Borough of Camden" council serves Camden
party CamdenCCG "Camden CCG" ccg serves Camden
party Healthwatch "Healthwatch Camden" healthwatch serves Camden
party LEB "London Estates Board" partnership serves London
power PrimaryCare "Primary care commissioning" held by NHSEngland since 2013-04-01
power Transformation "Transformation funding" held by NHSEngland
theme Prevention "Prevention"
service PrimaryCareService "Primary care"
mou MoU2017 "London Health and Care Devolution MoU" {
  signed 2017-11-16
  signatories NHSEngland, CamdenCouncil, CamdenCCG
  clause Estates "Sell land it is not using and invest the money in estates."
  clause Delegation "NHS England delegates primary care commissioning."
  clause Unused "A clause nothing cites."
  delegation PCDelegation: NHSEngland delegates PrimaryCare to CamdenCCG from 2018-04-01 per Delegation
  delegation OldDelegation: NHSEngland delegates Transformation to CamdenCCG from 2016-01-01 until 2017-12-31
  delegation LaterDelegation: NHSEngland devolves Transformation to CamdenCouncil from 2020-04-01
  pilot ActivePilot "Camden prevention pilot" {
    areas Camden themes Prevention leads CamdenCouncil partners Healthwatch, CamdenCCG
    aim "Use planning and licensing powers for prevention"
    starts 2016-04-01 per Estates
  }
  pilot PlannedPilot "Barnet planned pilot" { areas Barnet leads CamdenCCG starts 2020-01-01 }
  pilot EndedPilot "Ended pilot" { areas Camden leads CamdenCCG starts 2016-01-01 ends 2018-12-31 }
  pilot UndatedPilot "Undated pilot" { areas Camden leads CamdenCCG }
  aspiration Habits "Kick unhealthy habits" {
    ambition "Adult smoking down to 13%"
    per Estates
    target Smoking "Adult smoking" { metric "adults who smoke" direction decrease baseline 17% on 2015-01-01 goal 13% by 2020-12-31 }
    target Obesity "Child obesity" { direction decrease baseline 22% on 2015-01-01 goal 10% below baseline by 2020-12-31 }
    target Jobs "Digital health jobs" { unit "jobs" direction increase baseline 0 on 2015-01-01 goal 50,000 by 2018-12-31 }
    target GpAccess "GP access 8am-8pm" { direction increase baseline 40% on 2015-01-01 goal 100% by 2020-12-31 }
    target Engagement "Engagement" { direction increase goal 10 }
    target Funding "Transformation funding" { direction increase baseline £1m on 2015-01-01 goal £5m by 2020-12-31 }
  }
  condition SalesApproved "Estate sales are approved" per Estates severity error {
    every sale in estate-sales: some approval in sale.approvals: approval.approver = LEB
  }
}
measurement Smoking2019 of Habits.Smoking: 14% on 2019-03-01 source "APS 2019"
measurement Obesity2018 of Habits.Obesity: 21.9% on 2018-01-01
measurement Jobs2018 of Habits.Jobs: 20,000 on 2018-06-01
measurement Gp2016 of Habits.GpAccess: 50% on 2016-01-01
measurement Gp2019 of Habits.GpAccess: 100% on 2019-01-01
measurement Funding2017 of Habits.Funding: £2m on 2017-01-01
estate-sale SiteA "Former clinic site" under MoU2017 {
  located in Camden sold 2018-06-30 for £12.5m
  reinvest £12.5m in Camden for PrimaryCareService
  approved by LEB on 2018-05-10
  per Estates
}
estate-sale SiteB "Unapproved site" under MoU2017 {
  located in Barnet sold 2018-07-30 for £2m
  reinvest £2m in Barnet
}
`;

export function emptyReport(asOf: string, findings: Finding[] = [], files: string[] = []): CheckReport {
    return { asOf, files, findings, totals: countTotals(files.length, findings) };
}

/** Builds the texts as one workspace and summarises them; outcomes are made by `outcomes` from the built facts. */
export async function summariseTexts(
    services: LhcServices,
    texts: string[],
    options: { asOf?: string; staleAfterDays?: number; findings?: (services: LhcServices) => Finding[]; outcomes?: (services: LhcServices) => ConditionOutcomeLike[] } = {}
): Promise<ComplianceSummary> {
    await buildWorkspace(services, ...texts);
    const asOf = options.asOf ?? '2019-06-01';
    return buildSummary({
        facts: services.lhc.Facts.get(),
        report: emptyReport(asOf, options.findings?.(services) ?? []),
        rulesInForce: builtInRulesInForce(services.lhc.Settings),
        rulesJudged: rulesWithSomethingToJudge(services.shared.workspace.LangiumDocuments.all, builtInRulesInForce(services.lhc.Settings)),
        conditions: options.outcomes?.(services) ?? [],
        asOf,
        staleAfterDays: options.staleAfterDays,
        root: '/workspace',
        evidence: services.lhc.Evidence
    });
}
