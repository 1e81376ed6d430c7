import { Button } from '../components/ui/button.tsx'
import type { IgnoredParam } from '../lib/url/filters.ts'
import type { Lang } from '../lib/i18n/lang.ts'

const STRINGS = {
  zh: {
    title: '链接中的以下参数无效，已改用默认值：',
    dismiss: '关闭',
    reason: {
      invalid: '格式无效',
      january: '1月不单独公布，每年第一个期间是1-2月（如 2017-02）',
      'unknown-region': '没有这个地区',
      'unknown-period': '本数据集没有这个期间',
      repeated: '参数重复，仅采用第一个',
      'unknown-key': '未知参数',
      'unpublished-then': '截至所选日期尚未发布这个期间',
      'asof-before': '该日期早于本数据集的第一次发布，已按最新发布数据显示',
      'asof-future': '该日期尚未到来，已按最新发布数据显示',
      'asof-unavailable': '发布记录未能载入，已按最新发布数据显示',
    },
  },
  en: {
    title: 'These link parameters were not valid and were replaced by defaults:',
    dismiss: 'Dismiss',
    reason: {
      invalid: 'not a valid value',
      january:
        'January is never published alone: the first period of a year is Jan–Feb (e.g. 2017-02)',
      'unknown-region': 'no such region',
      'unknown-period': 'no such period in this dataset',
      repeated: 'repeated; only the first is used',
      'unknown-key': 'unknown parameter',
      'unpublished-then': 'this period had not yet been published on that day',
      'asof-before': 'before the dataset’s first release; showing the latest figures',
      'asof-future': 'a day still to come; showing the latest figures',
      'asof-unavailable': 'the release records could not be loaded; showing the latest figures',
    },
  },
} satisfies Record<
  Lang,
  { title: string; dismiss: string; reason: Record<IgnoredParam['reason'], string> }
>

/** The notice itself: only a wrong link ever downloads it. */
export default function IgnoredNoticeBody({
  params,
  lang,
  onDismiss,
}: {
  params: IgnoredParam[]
  lang: Lang
  onDismiss: () => void
}) {
  const t = STRINGS[lang]
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-lg border border-amber-500 bg-amber-50 p-3 text-sm text-amber-950 print:hidden dark:border-amber-400 dark:bg-amber-950 dark:text-amber-50"
    >
      <div>
        <p className="font-medium">{t.title}</p>
        <ul className="mt-1 list-disc pl-5">
          {params.map((param) => (
            <li key={`${param.key}=${param.value}:${param.reason}`} className="break-all">
              <code>
                {param.key}={param.value}
              </code>
              ：{t.reason[param.reason]}
            </li>
          ))}
        </ul>
      </div>
      <Button variant="ghost" onClick={onDismiss}>
        {t.dismiss}
      </Button>
    </div>
  )
}
