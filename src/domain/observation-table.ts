import type { Observation, ObservationsFile } from '../schemas/observations.ts'

const indexes = new WeakMap<ObservationsFile, Map<string, Observation>>()

const keyOf = (region: string, period: string, indicator: string) =>
  `${region}|${period}|${indicator}`

/** The observations of a file by region, period and indicator; built once per file. */
function indexOf(file: ObservationsFile): Map<string, Observation> {
  let index = indexes.get(file)
  if (!index) {
    index = new Map(file.observations.map((o) => [keyOf(o.region, o.period, o.indicator), o]))
    indexes.set(file, index)
  }
  return index
}

/** Looks figures up across the loaded year files of one dataset. Absent means not published. */
export class ObservationTable {
  private readonly byYear: Map<number, ObservationsFile>

  constructor(files: readonly ObservationsFile[]) {
    this.byYear = new Map(files.map((file) => [file.year, file]))
  }

  get(region: string, period: string, indicator: string): Observation | undefined {
    const file = this.byYear.get(Number(period.slice(0, 4)))
    return file ? indexOf(file).get(keyOf(region, period, indicator)) : undefined
  }

  /** The loaded year files, as they are. */
  files(): ObservationsFile[] {
    return [...this.byYear.values()]
  }

  hasYear(year: number): boolean {
    return this.byYear.has(year)
  }
}
