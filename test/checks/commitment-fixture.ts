/** Parties and an MoU for the commitment-* rule tests: the MoU binds from its signing on 2017-11-16. */
export const MOU = `
    party NHSEngland "NHS England" national-body
    party LondonPartners "London Partners" partnership
    power TransformationFunding "Transformation funding" held by NHSEngland
    mou MoU "The MoU" { signed 2017-11-16 signatories NHSEngland, LondonPartners clause Promise "A promise." }
`;
