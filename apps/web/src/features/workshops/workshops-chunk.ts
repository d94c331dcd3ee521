// What the router loads on demand, as one chunk (with the workshops' words and styles).
export { FacilitatorNavLink } from './facilitator-nav';
export { FacilitatorWorkspacePage } from './facilitator-workspace-page';
