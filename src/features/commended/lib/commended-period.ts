/**
 * The two cities commended in 国办发〔2020〕9号 for 2019, and the period of the founding article's
 * figures: a module of its own, as small as the dashboard's first view needs (it shows the
 * panel only in this period).
 */
export const COMMENDED_CITIES = ['guangzhou', 'shenzhen'] as const
export const COMMENDED_PERIOD = '2019-12'
