/**
 * Writes a gzip (level 9) copy next to every compressible file of dist/, so a server with
 * gzip_static (deploy/nginx-site.conf) sends the smallest encoding without compressing on
 * each request. Run by `npm run build`.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg)$/
let files = 0
let before = 0
let after = 0
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) walk(file)
    else if (COMPRESSIBLE.test(name)) {
      const bytes = readFileSync(file)
      if (bytes.length < 512) continue
      const gz = gzipSync(bytes, { level: 9 })
      writeFileSync(`${file}.gz`, gz)
      files++
      before += bytes.length
      after += gz.length
    }
  }
}
walk(process.argv[2] ?? 'dist')
console.log(
  `gzip -9: ${files} files, ${(before / 1024).toFixed(0)} KiB → ${(after / 1024).toFixed(0)} KiB`,
)
