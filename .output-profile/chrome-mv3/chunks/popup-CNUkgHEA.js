import {
  u,
  k as formatUSD,
  i as i18n,
  l as sourceLabel,
  d,
  S,
  f as formatDate,
  m as kindLabel,
  A,
  h,
  p as publicIssueUrl,
  n as REPORT_KINDS,
  v as validateReport,
  o as reportErrorText,
  q as toggleSite,
  D as DEFAULT_SETTINGS,
  R,
  w as writeSettings,
  r as readSettings,
  j as browser,
  g as unwrapReply,
} from './store-tc6NtNP3.js';
const USASPENDING_AWARD_URL = 'https://www.usaspending.gov/award/';
const TORN_APART_URL = 'http://xpmethod.plaintext.in/torn-apart/';
function usaspendingAwardUrl(generatedAwardId) {
  return USASPENDING_AWARD_URL + encodeURIComponent(generatedAwardId);
}
function awardKey(award) {
  return award.dataset === 'usaspending' && award.generatedAwardId
    ? award.generatedAwardId
    : `torn:${award.awardId}`;
}
function fiscalYear(isoDate) {
  const year = Number(isoDate.slice(0, 4));
  const month = Number(isoDate.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}
function awardPeriod(award) {
  if (award.dataset === 'torn-apart' || !award.firstActionDate || !award.lastActionDate)
    return 'FY2014–FY2018';
  const from = fiscalYear(award.firstActionDate);
  const to = fiscalYear(award.lastActionDate);
  return from === to ? `FY${from}` : `FY${from}–FY${to}`;
}
function awardSources(award) {
  const page = award.generatedAwardId ? [usaspendingAwardUrl(award.generatedAwardId)] : [];
  return award.dataset === 'torn-apart' ? [TORN_APART_URL, ...page] : page;
}
const CHART_AGENCIES = ['ICE', 'CBP', 'DoD'];
const awardDate = (award) => award.lastActionDate ?? award.firstActionDate ?? '';
function sortAwards(awards, by, ascending = false) {
  const sign = ascending ? 1 : -1;
  return [...awards].sort((a, b) => {
    const diff =
      by === 'amount'
        ? a.obligatedUSD - b.obligatedUSD
        : awardDate(a) < awardDate(b)
          ? -1
          : awardDate(a) > awardDate(b)
            ? 1
            : 0;
    return sign * diff || (a.awardId < b.awardId ? -1 : a.awardId > b.awardId ? 1 : 0);
  });
}
function filterAwards(awards, agency) {
  return agency === 'all' ? [...awards] : awards.filter((a) => a.agency === agency);
}
function obligationsByFiscalYear(awards, dodContractors) {
  const years = /* @__PURE__ */ new Map();
  const bar = (year) => {
    let found = years.get(year);
    if (!found) {
      found = { fiscalYear: year, byAgency: { ICE: 0, CBP: 0, DoD: 0 }, total: 0 };
      years.set(year, found);
    }
    return found;
  };
  let undated = 0;
  for (const award of awards) {
    const date = award.firstActionDate ?? award.lastActionDate;
    if (!date) {
      undated++;
      continue;
    }
    const target = bar(fiscalYear(date));
    target.byAgency[award.agency] += award.obligatedUSD;
    target.total += award.obligatedUSD;
  }
  for (const contractor of dodContractors) {
    for (const { fiscalYear: year, amountUSD } of contractor.yearly) {
      const target = bar(year);
      target.byAgency.DoD += amountUSD;
      target.total += amountUSD;
    }
  }
  return { bars: [...years.values()].sort((a, b) => a.fiscalYear - b.fiscalYear), undated };
}
const WIDTH = 360;
const HEIGHT = 120;
const AXIS = 16;
function BarChart({ bars }) {
  if (bars.length === 0) return null;
  const max = Math.max(...bars.map((b) => b.total), 1);
  const slot = WIDTH / bars.length;
  const barWidth = Math.max(4, Math.min(28, slot - 4));
  const present = CHART_AGENCIES.filter((agency) => bars.some((b) => b.byAgency[agency] > 0));
  return /* @__PURE__ */ u('figure', {
    class: 'chart',
    'aria-label': i18n.t('obligationsByYear'),
    children: [
      /* @__PURE__ */ u('svg', {
        viewBox: `0 0 ${WIDTH} ${HEIGHT + AXIS}`,
        role: 'img',
        'aria-hidden': 'true',
        children: bars.map((bar, i) => {
          let top = HEIGHT;
          const x = i * slot + (slot - barWidth) / 2;
          return /* @__PURE__ */ u(
            'g',
            {
              'data-year': bar.fiscalYear,
              children: [
                /* @__PURE__ */ u('title', {
                  children: `FY${bar.fiscalYear}: ${present.map((a) => `${a} ${formatUSD(bar.byAgency[a])}`).join(', ')}`,
                }),
                present.map((agency) => {
                  const height = (bar.byAgency[agency] / max) * (HEIGHT - 4);
                  top -= height;
                  return height > 0
                    ? /* @__PURE__ */ u(
                        'rect',
                        {
                          class: `bar bar-${agency}`,
                          x,
                          y: top,
                          width: barWidth,
                          height,
                        },
                        agency,
                      )
                    : null;
                }),
                (bars.length <= 12 || i % 2 === 0) &&
                  /* @__PURE__ */ u('text', {
                    class: 'axis',
                    x: x + barWidth / 2,
                    y: HEIGHT + AXIS - 3,
                    'text-anchor': 'middle',
                    children: `’${String(bar.fiscalYear).slice(2)}`,
                  }),
              ],
            },
            bar.fiscalYear,
          );
        }),
      }),
      /* @__PURE__ */ u('figcaption', {
        class: 'legend',
        children: [
          present.map((agency) =>
            /* @__PURE__ */ u(
              'span',
              { children: [/* @__PURE__ */ u('i', { class: `swatch bar-${agency}` }), ' ', agency] },
              agency,
            ),
          ),
          /* @__PURE__ */ u('span', {
            class: 'muted',
            children: ['· ', i18n.t('peakPerYear', [formatUSD(max)])],
          }),
        ],
      }),
      /* @__PURE__ */ u('table', {
        class: 'visually-hidden',
        children: [
          /* @__PURE__ */ u('caption', { children: i18n.t('obligationsByYear') }),
          /* @__PURE__ */ u('thead', {
            children: /* @__PURE__ */ u('tr', {
              children: [
                /* @__PURE__ */ u('th', { children: i18n.t('fiscalYear') }),
                present.map((a) => /* @__PURE__ */ u('th', { children: a }, a)),
              ],
            }),
          }),
          /* @__PURE__ */ u('tbody', {
            children: bars.map((bar) =>
              /* @__PURE__ */ u(
                'tr',
                {
                  children: [
                    /* @__PURE__ */ u('td', { children: `FY${bar.fiscalYear}` }),
                    present.map((a) => /* @__PURE__ */ u('td', { children: formatUSD(bar.byAgency[a]) }, a)),
                  ],
                },
                bar.fiscalYear,
              ),
            ),
          }),
        ],
      }),
    ],
  });
}
function SourceLinks({ urls }) {
  return /* @__PURE__ */ u('span', {
    class: 'sources',
    children: urls.map((url, i) =>
      /* @__PURE__ */ u(
        'a',
        {
          href: url,
          target: '_blank',
          rel: 'noopener noreferrer',
          title: url,
          children: [i === 0 ? `${i18n.t('source')}: ` : '', sourceLabel(url)],
        },
        url,
      ),
    ),
  });
}
const FIRST_AWARDS = 25;
function CompanyDetails({ details, onReport }) {
  const { company, awards, actions, reports, caveats, dodContractors, reportedContracts } = details;
  const [showAll, setShowAll] = d(false);
  const [sort, setSort] = d({ by: 'amount', ascending: false });
  const [agency, setAgency] = d('all');
  const byAgency = /* @__PURE__ */ new Map();
  for (const a of awards) byAgency.set(a.agency, (byAgency.get(a.agency) ?? 0) + a.obligatedUSD);
  const listed = sortAwards(filterAwards(awards, agency), sort.by, sort.ascending);
  const shown = showAll ? listed : listed.slice(0, FIRST_AWARDS);
  const chart = obligationsByFiscalYear(awards, dodContractors);
  const sortButton = (by, label) =>
    /* @__PURE__ */ u('button', {
      type: 'button',
      class: 'sort',
      'data-sort': by,
      'aria-pressed': sort.by === by,
      onClick: () => setSort((s) => ({ by, ascending: s.by === by ? !s.ascending : false })),
      children: [label, sort.by === by ? (sort.ascending ? ' ↑' : ' ↓') : ''],
    });
  return /* @__PURE__ */ u('article', {
    class: 'details',
    'data-company': company.id,
    children: [
      /* @__PURE__ */ u('h2', { children: company.name }),
      /* @__PURE__ */ u('p', {
        class: 'summary',
        children: [
          i18n.t('iceCbpContracts', awards.length),
          [...byAgency].map(([agency2, sum]) => ` · ${agency2} ${formatUSD(sum)}`).join(''),
          ' ·',
          ' ',
          i18n.t('workerActions', actions.length),
        ],
      }),
      /* @__PURE__ */ u('button', {
        type: 'button',
        class: 'primary',
        onClick: onReport,
        children: i18n.t('reportIncident'),
      }),
      reports.length > 0 &&
        /* @__PURE__ */ u('section', {
          'aria-label': i18n.t('yourReports'),
          children: [
            /* @__PURE__ */ u('h3', { children: i18n.t('yourReports') }),
            /* @__PURE__ */ u('ul', {
              class: 'items',
              children: reports.map((r) => /* @__PURE__ */ u(ReportItem, { report: r }, r.id)),
            }),
          ],
        }),
      dodContractors.length > 0 &&
        /* @__PURE__ */ u('section', {
          'aria-label': i18n.t('pentagonContracts'),
          children: [
            /* @__PURE__ */ u('h3', { children: i18n.t('pentagonContracts') }),
            /* @__PURE__ */ u('ul', {
              class: 'items',
              children: dodContractors.map((d2) => /* @__PURE__ */ u(DodItem, { contractor: d2 }, d2.id)),
            }),
          ],
        }),
      reportedContracts.length > 0 &&
        /* @__PURE__ */ u('section', {
          'aria-label': i18n.t('reportedContracts'),
          children: [
            /* @__PURE__ */ u('h3', { children: i18n.t('reportedContracts') }),
            /* @__PURE__ */ u('ul', {
              class: 'items',
              children: reportedContracts.map((r) => /* @__PURE__ */ u(ReportedItem, { contract: r }, r.id)),
            }),
          ],
        }),
      chart.bars.length > 0 &&
        /* @__PURE__ */ u('section', {
          'aria-label': i18n.t('obligationsByYear'),
          children: [
            /* @__PURE__ */ u('h3', { children: i18n.t('obligationsByYear') }),
            /* @__PURE__ */ u(BarChart, { bars: chart.bars }),
            /* @__PURE__ */ u('p', {
              class: 'muted small',
              children: [
                i18n.t('chartNote'),
                chart.undated > 0 && ` ${i18n.t('undatedAwards', chart.undated)}`,
              ],
            }),
          ],
        }),
      /* @__PURE__ */ u('section', {
        'aria-label': i18n.t('contractsIceCbp'),
        children: [
          /* @__PURE__ */ u('h3', { children: i18n.t('contractsIceCbp') }),
          awards.length === 0
            ? /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('noAwards') })
            : /* @__PURE__ */ u(S, {
                children: [
                  /* @__PURE__ */ u('div', {
                    class: 'table-tools',
                    children: [
                      /* @__PURE__ */ u('span', { class: 'muted small', children: i18n.t('sortBy') }),
                      sortButton('amount', i18n.t('sortAmount')),
                      sortButton('date', i18n.t('sortDate')),
                      /* @__PURE__ */ u('label', {
                        class: 'muted small',
                        for: 'agency-filter',
                        children: i18n.t('agency'),
                      }),
                      /* @__PURE__ */ u('select', {
                        id: 'agency-filter',
                        value: agency,
                        onChange: (e) => setAgency(e.currentTarget.value),
                        children: [
                          /* @__PURE__ */ u('option', {
                            value: 'all',
                            children: i18n.t('allAgencies', [awards.length]),
                          }),
                          [...byAgency.keys()].sort().map((a) =>
                            /* @__PURE__ */ u(
                              'option',
                              {
                                value: a,
                                children: [a, ' (', awards.filter((x) => x.agency === a).length, ')'],
                              },
                              a,
                            ),
                          ),
                        ],
                      }),
                    ],
                  }),
                  /* @__PURE__ */ u('ul', {
                    class: 'items',
                    children: shown.map((a) => /* @__PURE__ */ u(AwardItem, { award: a }, awardKey(a))),
                  }),
                  !showAll &&
                    listed.length > FIRST_AWARDS &&
                    /* @__PURE__ */ u('button', {
                      type: 'button',
                      class: 'more',
                      onClick: () => setShowAll(true),
                      children: i18n.t('showAllContracts', [listed.length]),
                    }),
                ],
              }),
        ],
      }),
      /* @__PURE__ */ u('section', {
        'aria-label': i18n.t('workerActionsTitle'),
        children: [
          /* @__PURE__ */ u('h3', { children: i18n.t('workerActionsTitle') }),
          actions.length === 0
            ? /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('noActions') })
            : /* @__PURE__ */ u('ol', {
                class: 'timeline',
                children: actions.map((a) => /* @__PURE__ */ u(ActionItem, { action: a }, a.id)),
              }),
        ],
      }),
      /* @__PURE__ */ u('footer', {
        class: 'caveats',
        children: caveats.map((c) => /* @__PURE__ */ u('p', { children: c }, c)),
      }),
    ],
  });
}
function AwardItem({ award }) {
  return /* @__PURE__ */ u('li', {
    class: 'award',
    'data-award': award.awardId,
    children: [
      /* @__PURE__ */ u('div', {
        class: 'line',
        children: [
          /* @__PURE__ */ u('span', { class: `agency agency-${award.agency}`, children: award.agency }),
          /* @__PURE__ */ u('strong', { children: formatUSD(award.obligatedUSD) }),
          /* @__PURE__ */ u('span', {
            class: 'muted',
            children: [
              award.dataset === 'usaspending' ? i18n.t('obligatedAtLeast') : i18n.t('valueIn2018'),
              ',',
              ' ',
              awardPeriod(award),
            ],
          }),
        ],
      }),
      /* @__PURE__ */ u('div', { class: 'what', children: award.description || award.productOrService }),
      /* @__PURE__ */ u('div', {
        class: 'muted small',
        children: [award.recipientName, ' · ', i18n.t('awardId', [award.awardId])],
      }),
      /* @__PURE__ */ u(SourceLinks, { urls: awardSources(award) }),
    ],
  });
}
function DodItem({ contractor }) {
  return /* @__PURE__ */ u('li', {
    class: 'dod',
    'data-dod': contractor.id,
    children: [
      /* @__PURE__ */ u('div', {
        class: 'line',
        children: [
          /* @__PURE__ */ u('span', { class: 'agency agency-DoD', children: 'DoD' }),
          /* @__PURE__ */ u('strong', { children: formatUSD(contractor.totalObligatedUSD) }),
          /* @__PURE__ */ u('span', {
            class: 'muted',
            children: i18n.t('dodRank', [contractor.period, contractor.rank]),
          }),
        ],
      }),
      /* @__PURE__ */ u('div', {
        class: 'what',
        children: [
          contractor.name,
          ':',
          ' ',
          i18n.t('contractsMostlyFor', contractor.contractCount, [
            contractor.contractCount,
            contractor.topSubAgency,
          ]),
        ],
      }),
      /* @__PURE__ */ u(SourceLinks, { urls: contractor.sources }),
    ],
  });
}
function ReportedItem({ contract }) {
  return /* @__PURE__ */ u('li', {
    class: 'reported',
    'data-reported': contract.id,
    children: [
      /* @__PURE__ */ u('div', {
        class: 'line',
        children: [
          /* @__PURE__ */ u('strong', { children: contract.program }),
          /* @__PURE__ */ u('span', {
            class: 'muted',
            children: [
              contract.customer,
              ', ',
              contract.year,
              contract.amountUSD !== null ? `, ${formatUSD(contract.amountUSD)}` : '',
            ],
          }),
        ],
      }),
      /* @__PURE__ */ u('div', { class: 'what', children: contract.summary }),
      /* @__PURE__ */ u(SourceLinks, { urls: contract.sources }),
    ],
  });
}
function ActionItem({ action }) {
  const tags = action.tags.map((t) => t.replace(/_/g, ' ')).join(', ');
  return /* @__PURE__ */ u('li', {
    class: 'action',
    'data-action': action.id,
    children: [
      /* @__PURE__ */ u('div', {
        class: 'line',
        children: [
          /* @__PURE__ */ u('time', { dateTime: action.date, children: formatDate(action.date) }),
          /* @__PURE__ */ u('span', { class: 'kind', children: action.kinds.join(', ') || i18n.t('action') }),
          action.workers
            ? /* @__PURE__ */ u('span', { class: 'workers', children: i18n.t('workers', action.workers) })
            : null,
        ],
      }),
      tags && /* @__PURE__ */ u('div', { class: 'muted small', children: tags }),
      action.summary && /* @__PURE__ */ u('div', { class: 'what', children: action.summary }),
      /* @__PURE__ */ u(SourceLinks, { urls: action.sources }),
    ],
  });
}
function ReportItem({ report }) {
  return /* @__PURE__ */ u('li', {
    class: 'report',
    'data-report': report.id,
    children: [
      /* @__PURE__ */ u('div', {
        class: 'line',
        children: [
          /* @__PURE__ */ u('span', { class: 'badge', children: i18n.t('yourReportUnverified') }),
          ' ',
          /* @__PURE__ */ u('strong', { children: formatDate(report.date) }),
          ' ',
          /* @__PURE__ */ u('span', { class: 'muted', children: kindLabel(report.kind) }),
        ],
      }),
      /* @__PURE__ */ u('div', { class: 'what', children: report.description }),
      /* @__PURE__ */ u(SourceLinks, { urls: [report.sourceUrl] }),
    ],
  });
}
function CompanyList({ mentions, names, onOpen }) {
  if (mentions === null) return /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('readingPage') });
  if (mentions === void 0)
    return /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('cannotReadTab') });
  if (!mentions.active) return /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('offHere') });
  if (mentions.companies.length === 0)
    return /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('noCompanyOnPage') });
  return /* @__PURE__ */ u('ul', {
    class: 'company-list',
    'aria-label': i18n.t('companiesOnPage'),
    children: mentions.companies.map((c) =>
      /* @__PURE__ */ u(
        'li',
        {
          children: /* @__PURE__ */ u('button', {
            type: 'button',
            class: 'company-row',
            'data-company': c.companyId,
            onClick: () => onOpen(c.companyId),
            children: [
              /* @__PURE__ */ u('span', { class: 'name', children: names.get(c.companyId) ?? c.companyId }),
              /* @__PURE__ */ u('span', { class: 'count', children: i18n.t('mentions', c.count) }),
            ],
          }),
        },
        c.companyId,
      ),
    ),
  });
}
const fold = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();
function companyNamed(companies, typed) {
  const wanted = fold(typed);
  if (!wanted) return void 0;
  return companies.find((c) => fold(c.name) === wanted);
}
function searchCompanies(companies, query, limit = 50) {
  const wanted = fold(query);
  if (!wanted) return [];
  const words = wanted.split(/\s+/);
  const scored = [];
  for (const entry of companies) {
    const name = fold(entry.name);
    if (!words.every((w) => name.includes(w))) continue;
    const rank = name.startsWith(wanted) ? 0 : new RegExp(`\\b${escapeRegExp(words[0])}`).test(name) ? 1 : 2;
    scored.push({ entry, rank });
  }
  return scored
    .sort((a, b) => a.rank - b.rank || a.entry.name.localeCompare(b.entry.name, 'en'))
    .slice(0, limit)
    .map((s) => s.entry);
}
function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const EMPTY = {
  companyId: '',
  companyName: '',
  kind: 'contract',
  date: '',
  description: '',
  sourceUrl: '',
};
function ReportForm({ api: api2, companies, initial, today: today2, trackerUrl, onSaved, onCancel }) {
  const [input, setInput] = d(() => {
    const start = { ...EMPTY, ...initial };
    const known = companies.find((c) => c.id === start.companyId);
    return known ? { ...start, companyName: known.name } : start;
  });
  const [errors, setErrors] = d({});
  const [failure, setFailure] = d('');
  const [saving, setSaving] = d(false);
  const [saved, setSaved] = d();
  const firstInvalid = A(null);
  h(() => {
    if (!input.companyId || input.companyName) return;
    const known = companies.find((c) => c.id === input.companyId);
    if (known) setInput((previous) => ({ ...previous, companyName: known.name }));
  }, [companies]);
  const change = (next, field2) => {
    setInput(next);
    setErrors((previous) => ({ ...previous, [field2]: void 0 }));
    void api2.saveDraft(next);
  };
  const update = (field2) => (event) => {
    const value = event.currentTarget.value;
    change({ ...input, [field2]: value }, field2);
  };
  const updateCompany = (event) => {
    const typed = event.currentTarget.value;
    const known = companyNamed(companies, typed);
    change({ ...input, companyName: typed, companyId: known?.id ?? '' }, 'companyId');
  };
  async function submit(event) {
    event.preventDefault();
    setFailure('');
    const names = new Map(companies.map((c) => [c.id, c.name]));
    const checked = validateReport(input, (id) => names.get(id), today2);
    if (!checked.ok) {
      setErrors(checked.errors);
      requestAnimationFrame(() => firstInvalid.current?.querySelector('[aria-invalid="true"]')?.focus());
      return;
    }
    setSaving(true);
    try {
      const result = await api2.addReport(input);
      if (result.ok) {
        await api2.clearDraft();
        setSaved(result.report);
      } else setErrors(result.errors);
    } catch (error2) {
      setFailure(i18n.t('notSaved', [error2 instanceof Error ? error2.message : String(error2)]));
    } finally {
      setSaving(false);
    }
  }
  if (saved) {
    return /* @__PURE__ */ u('section', {
      class: 'report-saved',
      'aria-label': i18n.t('reportSaved'),
      children: [
        /* @__PURE__ */ u('h2', { children: i18n.t('reportSaved') }),
        /* @__PURE__ */ u('p', { children: i18n.t('reportSavedText', [saved.companyName]) }),
        /* @__PURE__ */ u('p', { class: 'muted small', children: i18n.t('submitPubliclyExplained') }),
        /* @__PURE__ */ u('div', {
          class: 'buttons',
          children: [
            /* @__PURE__ */ u('a', {
              class: 'primary button-link',
              href: publicIssueUrl(trackerUrl, saved),
              target: '_blank',
              rel: 'noreferrer',
              children: i18n.t('submitPublicly'),
            }),
            /* @__PURE__ */ u('button', {
              type: 'button',
              onClick: () => onSaved(saved),
              children: i18n.t('done'),
            }),
          ],
        }),
      ],
    });
  }
  const isNew = input.companyId === '' && input.companyName.trim().length >= 2;
  const field = (name) => ({
    id: `report-${name}`,
    name,
    'aria-invalid': errors[name] ? true : void 0,
    'aria-describedby': errors[name] ? `report-${name}-error` : void 0,
  });
  const error = (name) =>
    errors[name]
      ? /* @__PURE__ */ u('p', {
          class: 'field-error',
          id: `report-${name}-error`,
          role: 'alert',
          children: reportErrorText(errors[name], input.description),
        })
      : null;
  return /* @__PURE__ */ u('form', {
    class: 'report-form',
    ref: firstInvalid,
    onSubmit: submit,
    noValidate: true,
    'aria-label': i18n.t('reportIncident'),
    children: [
      /* @__PURE__ */ u('h2', { children: i18n.t('reportIncident') }),
      /* @__PURE__ */ u('label', { for: 'report-companyId', children: i18n.t('fieldCompany') }),
      /* @__PURE__ */ u('input', {
        ...field('companyId'),
        type: 'text',
        list: 'report-companies',
        autoComplete: 'off',
        placeholder: i18n.t('companyPlaceholder'),
        value: input.companyName,
        onInput: updateCompany,
      }),
      /* @__PURE__ */ u('datalist', {
        id: 'report-companies',
        children: searchCompanies(companies, input.companyName, 20).map((c) =>
          /* @__PURE__ */ u('option', { value: c.name }, c.id),
        ),
      }),
      isNew &&
        !errors.companyId &&
        /* @__PURE__ */ u('p', {
          class: 'muted small',
          'data-hint': 'new-company',
          children: i18n.t('newCompanyHint'),
        }),
      error('companyId'),
      /* @__PURE__ */ u('label', { for: 'report-kind', children: i18n.t('fieldKind') }),
      /* @__PURE__ */ u('select', {
        ...field('kind'),
        value: input.kind,
        onChange: update('kind'),
        children: REPORT_KINDS.map((kind) =>
          /* @__PURE__ */ u('option', { value: kind, children: kindLabel(kind) }, kind),
        ),
      }),
      error('kind'),
      /* @__PURE__ */ u('label', { for: 'report-date', children: i18n.t('fieldDate') }),
      /* @__PURE__ */ u('input', {
        ...field('date'),
        type: 'date',
        max: today2,
        value: input.date,
        onInput: update('date'),
      }),
      error('date'),
      /* @__PURE__ */ u('label', { for: 'report-description', children: i18n.t('fieldDescription') }),
      /* @__PURE__ */ u('textarea', {
        ...field('description'),
        rows: 4,
        value: input.description,
        onInput: update('description'),
      }),
      error('description'),
      /* @__PURE__ */ u('label', { for: 'report-sourceUrl', children: i18n.t('fieldSource') }),
      /* @__PURE__ */ u('input', {
        ...field('sourceUrl'),
        type: 'url',
        placeholder: 'https://',
        value: input.sourceUrl,
        onInput: update('sourceUrl'),
      }),
      error('sourceUrl'),
      failure && /* @__PURE__ */ u('p', { class: 'field-error', role: 'alert', children: failure }),
      /* @__PURE__ */ u('p', { class: 'muted small', children: i18n.t('savedLocally') }),
      /* @__PURE__ */ u('div', {
        class: 'buttons',
        children: [
          /* @__PURE__ */ u('button', {
            type: 'submit',
            class: 'primary',
            disabled: saving,
            children: saving ? i18n.t('saving') : i18n.t('saveReport'),
          }),
          /* @__PURE__ */ u('button', {
            type: 'button',
            onClick: () => {
              void api2.clearDraft();
              onCancel();
            },
            children: i18n.t('discard'),
          }),
        ],
      }),
    ],
  });
}
function PopupApp({ api: api2, initialCompany, initialView, today: today2 }) {
  const [view, setView] = d(initialCompany ? { kind: 'company', id: initialCompany } : { kind: 'list' });
  const [mentions, setMentions] = d(null);
  const [details, setDetails] = d();
  const [companies, setCompanies] = d([]);
  const [settings, setSettings] = d(DEFAULT_SETTINGS);
  const [draft, setDraft] = d();
  const [query, setQuery] = d('');
  const [failure, setFailure] = d('');
  const fail = (error) => setFailure(error instanceof Error ? error.message : String(error));
  h(() => {
    api2.pageMentions().then(setMentions, () => setMentions(void 0));
    api2.listCompanies().then(setCompanies, fail);
    api2.settings().then(setSettings, fail);
    api2.loadDraft().then((saved) => {
      setDraft(saved);
      if (initialView === 'report') setView({ kind: 'report', initial: saved ?? {}, back: { kind: 'list' } });
    }, fail);
  }, [api2]);
  const companyId = view.kind === 'company' ? view.id : void 0;
  const [reloads, setReloads] = d(0);
  h(() => {
    if (!companyId) return;
    setDetails(void 0);
    api2.companyDetails(companyId).then(setDetails, fail);
  }, [api2, companyId, reloads]);
  h(() => {
    if (details && details.company.id === companyId) performance.mark('backstory:details-shown');
  }, [details, companyId]);
  const names = new Map(companies.map((c) => [c.id, c.name]));
  const openReport = (initial) =>
    api2
      .loadDraft()
      .then((saved) => setView({ kind: 'report', initial: saved ?? initial, back: view }), fail);
  const toggleThisSite = async (site) => {
    const next = toggleSite(settings, site);
    setSettings(next);
    await api2.saveSettings(next).catch(fail);
    setMentions(null);
    setTimeout(() => api2.pageMentions().then(setMentions, () => setMentions(void 0)), 300);
  };
  return /* @__PURE__ */ u('main', {
    children: [
      /* @__PURE__ */ u('header', {
        class: 'top',
        children: [
          view.kind !== 'list' &&
            /* @__PURE__ */ u('button', {
              type: 'button',
              class: 'back',
              onClick: () => setView(view.kind === 'report' ? view.back : { kind: 'list' }),
              'aria-label': i18n.t('back'),
              children: '←',
            }),
          /* @__PURE__ */ u('h1', { children: 'Backstory' }),
          /* @__PURE__ */ u('span', { class: 'spacer' }),
          /* @__PURE__ */ u('button', {
            type: 'button',
            class: 'link-button small',
            onClick: () => void api2.openOptions().catch(fail),
            children: i18n.t('options'),
          }),
        ],
      }),
      failure && /* @__PURE__ */ u('p', { class: 'field-error', role: 'alert', children: failure }),
      view.kind === 'list' &&
        /* @__PURE__ */ u(S, {
          children: [
            mentions?.ownSiteCompanyId &&
              /* @__PURE__ */ u('p', {
                class: 'notice',
                'data-notice': 'own-site',
                children: [
                  i18n.t('ownSiteNotice', [
                    names.get(mentions.ownSiteCompanyId) ?? mentions.ownSiteCompanyId,
                  ]),
                  ' ',
                  /* @__PURE__ */ u('button', {
                    type: 'button',
                    class: 'link-button',
                    onClick: () => setView({ kind: 'company', id: mentions.ownSiteCompanyId }),
                    children: i18n.t('seeBackstory'),
                  }),
                ],
              }),
            mentions &&
              mentions.site &&
              /* @__PURE__ */ u('div', {
                class: 'site-switch small',
                children: [
                  /* @__PURE__ */ u('span', {
                    class: 'muted',
                    'data-site-state': mentions.active ? 'on' : 'off',
                    children: mentions.active
                      ? i18n.t('markingOn', [mentions.site])
                      : settings.enabled
                        ? i18n.t('offOn', [mentions.site])
                        : i18n.t('switchedOff'),
                  }),
                  settings.enabled &&
                    /* @__PURE__ */ u('button', {
                      type: 'button',
                      class: 'link-button',
                      onClick: () => void toggleThisSite(mentions.site),
                      children: mentions.active ? i18n.t('turnOffSite') : i18n.t('turnOnSite'),
                    }),
                ],
              }),
            /* @__PURE__ */ u('section', {
              'aria-label': i18n.t('onThisPage'),
              children: [
                /* @__PURE__ */ u('h2', { class: 'section-title', children: i18n.t('onThisPage') }),
                /* @__PURE__ */ u(CompanyList, {
                  mentions,
                  names,
                  onOpen: (id) => setView({ kind: 'company', id }),
                }),
              ],
            }),
            /* @__PURE__ */ u('section', {
              'aria-label': i18n.t('searchAll'),
              class: 'search',
              children: [
                /* @__PURE__ */ u('input', {
                  type: 'search',
                  placeholder: i18n.t('searchPlaceholder', [companies.length.toLocaleString()]),
                  'aria-label': i18n.t('searchAll'),
                  value: query,
                  onInput: (e) => setQuery(e.currentTarget.value),
                }),
                query.trim() &&
                  /* @__PURE__ */ u('ul', {
                    class: 'company-list',
                    'aria-label': i18n.t('searchResults'),
                    children: searchCompanies(companies, query, 30).map((c) =>
                      /* @__PURE__ */ u(
                        'li',
                        {
                          children: /* @__PURE__ */ u('button', {
                            type: 'button',
                            class: 'company-row',
                            'data-company': c.id,
                            onClick: () => setView({ kind: 'company', id: c.id }),
                            children: /* @__PURE__ */ u('span', { class: 'name', children: c.name }),
                          }),
                        },
                        c.id,
                      ),
                    ),
                  }),
                query.trim() &&
                  searchCompanies(companies, query, 1).length === 0 &&
                  /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('noSearchResult') }),
              ],
            }),
            /* @__PURE__ */ u('div', {
              class: 'buttons',
              children: /* @__PURE__ */ u('button', {
                type: 'button',
                class: 'primary',
                onClick: () => void openReport({}),
                children: draft ? i18n.t('continueReport') : i18n.t('reportIncident'),
              }),
            }),
          ],
        }),
      view.kind === 'company' &&
        (details && details.company.id === view.id
          ? /* @__PURE__ */ u(CompanyDetails, {
              details,
              onReport: () => void openReport({ companyId: view.id }),
            })
          : /* @__PURE__ */ u('p', { class: 'muted', children: i18n.t('loading') })),
      view.kind === 'report' &&
        /* @__PURE__ */ u(ReportForm, {
          api: api2,
          companies,
          initial: view.initial,
          today: today2,
          trackerUrl: settings.trackerUrl,
          onCancel: () => {
            setDraft(void 0);
            setView(view.back);
          },
          onSaved: (report) => {
            setDraft(void 0);
            setReloads((n) => n + 1);
            setView(report.companyId ? { kind: 'company', id: report.companyId } : { kind: 'list' });
          },
        }),
    ],
  });
}
const DRAFT_KEY = 'reportDraft';
const FIELDS = ['companyId', 'companyName', 'kind', 'date', 'description', 'sourceUrl'];
function parseDraft(raw) {
  if (typeof raw !== 'object' || raw === null) return void 0;
  const draft = {};
  for (const field of FIELDS) {
    const value = raw[field];
    if (typeof value === 'string') draft[field] = value.slice(0, 5e3);
  }
  return Object.keys(draft).length > 0 ? draft : void 0;
}
async function ask(request) {
  return unwrapReply(await browser.runtime.sendMessage(request), request.type);
}
async function targetTabId(params2) {
  const fromAddress = Number(params2.get('tab'));
  if (Number.isInteger(fromAddress) && fromAddress > 0) return fromAddress;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
const params = new URLSearchParams(location.search);
const api = {
  async pageMentions() {
    const tabId = await targetTabId(params);
    if (tabId === void 0) return void 0;
    try {
      return unwrapReply(
        await browser.tabs.sendMessage(tabId, { type: 'getPageMentions' }, { frameId: 0 }),
        'getPageMentions',
      );
    } catch {
      return void 0;
    }
  },
  companyDetails: (companyId) => ask({ type: 'getCompanyDetails', companyId }),
  listCompanies: () => ask({ type: 'listCompanies' }),
  addReport: (report) => ask({ type: 'addReport', report }),
  settings: readSettings,
  saveSettings: writeSettings,
  loadDraft: async () => parseDraft((await browser.storage.local.get(DRAFT_KEY))[DRAFT_KEY]),
  saveDraft: (draft) => browser.storage.local.set({ [DRAFT_KEY]: draft }),
  clearDraft: () => browser.storage.local.remove(DRAFT_KEY),
  openOptions: () => browser.runtime.openOptionsPage(),
};
const today = /* @__PURE__ */ new Date().toLocaleDateString('en-CA');
R(
  /* @__PURE__ */ u(PopupApp, {
    api,
    initialCompany: params.get('company') ?? void 0,
    initialView: params.get('view') === 'report' ? 'report' : void 0,
    today,
  }),
  document.getElementById('app'),
);
