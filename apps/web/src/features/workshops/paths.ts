// Written out here so that nothing else of the feature joins the first load.
/** The facilitators' workspace: record workshops, enter their contributions. */
export const facilitatorWorkspacePath = '/espace-mediation';
