/** A problem in a source table, located as file:row:column so the author can go straight to it. */
export interface TableError {
  file: string
  /** 1-based line in the file; the header is line 1. */
  row: number
  /** 1-based column number and its header name. */
  column: number
  columnName: string
  message: string
}

export function formatTableError(error: TableError): string {
  // A JSON file has no rows: its errors are located by path (row 0).
  if (error.row === 0)
    return `${error.file}${error.columnName ? ` (${error.columnName})` : ''}: ${error.message}`
  return `${error.file}:${error.row}:${error.column} (${error.columnName}): ${error.message}`
}
