// Charts (docs/patterns.md, "Charts"). Each chart's figures are in its table (Features/Shared/_ChartTable.cshtml):
// <table data-app-chart="bar|line" data-app-chart-unit="money|count|percentage">, the series names in the header row,
// one row per label, each figure in a cell's data-value. This module draws them with Chart.js (npm chart.js, copied to
// js/chart.umd.min.js by scripts/build-assets.sh and loaded from this site, as the Content-Security-Policy requires),
// shows the canvas above the table, and closes the "Show the data as a table" details. The canvas is aria-hidden:
// assistive technology reads the table, which is always in the page. site.js imports this module only on pages with
// a chart, so other pages never load Chart.js.

// GOV.UK Frontend 6 colour palette (settings/_colours-palette--internal.scss), primary shades, in an order where
// neighbours differ in lightness as well as hue.
const colours = ["#1d70b8", "#f47738", "#0f7a52", "#54319f", "#ca357c", "#158187", "#99704a", "#484949"];
const text = "#0b0c0c";
const grid = "#cecece";

function loadChartJs() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }

  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = new URL("./chart.umd.min.js", import.meta.url).href;
    script.onload = () => resolve(window.Chart);
    script.onerror = reject;
    document.head.append(script);
  });
}

const formats = {
  money: new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 }),
  moneyShort: new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", notation: "compact", maximumFractionDigits: 1 }),
  count: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2 }),
};

function format(unit, value, short) {
  if (value === null || Number.isNaN(value)) {
    return "No figure";
  }
  if (unit === "money") {
    return (short ? formats.moneyShort : formats.money).format(value);
  }
  if (unit === "percentage") {
    return `${formats.count.format(value)}%`;
  }
  return formats.count.format(value);
}

function read(table) {
  const series = [...table.tHead.rows[0].cells].slice(1).map((cell) => ({ name: cell.textContent.trim(), values: [] }));
  const labels = [];
  for (const row of table.tBodies[0].rows) {
    labels.push(row.cells[0].textContent.trim());
    [...row.cells].slice(1).forEach((cell, i) => {
      const raw = cell.dataset.value;
      series[i]?.values.push(raw === undefined || raw === "" ? null : Number(raw));
    });
  }
  return { labels, series };
}

// Long names (funders, service areas, opportunities) wrap onto several lines beside their bars instead of being cut
// off; on a phone the lines are shorter, so the bars keep most of the width.
function wrap(label, width) {
  const lines = [];
  let line = "";
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines.length > 1 ? lines : label;
}

function draw(Chart, table) {
  const section = table.closest(".app-chart");
  const holder = section?.querySelector(".app-chart__canvas");
  const canvas = holder?.querySelector("canvas");
  if (!holder || !canvas) {
    return;
  }

  const kind = table.dataset.appChart === "line" ? "line" : "bar";
  const unit = table.dataset.appChartUnit || "count";
  const { labels: names, series } = read(table);
  const horizontal = kind === "bar";
  holder.hidden = false;
  const labels = horizontal ? names.map((name) => wrap(name, holder.clientWidth < 560 ? 16 : 34)) : names;

  // Horizontal bars keep long names readable at 320 CSS pixels: the height grows with the bars and the lines of each name.
  const lines = labels.reduce((sum, label) => sum + (Array.isArray(label) ? label.length : 1), 0);
  const rows = horizontal ? Math.max(labels.length * Math.max(series.length, 1), lines * 0.75) : 0;
  holder.style.height = horizontal ? `${Math.max(160, rows * 28 + labels.length * 8 + 72)}px` : "18rem";

  new Chart(canvas, {
    type: kind,
    data: {
      labels,
      datasets: series.map((s, i) => ({
        label: s.name,
        data: s.values,
        backgroundColor: colours[i % colours.length],
        borderColor: colours[i % colours.length],
        borderWidth: kind === "line" ? 3 : 0,
        pointRadius: kind === "line" ? 4 : undefined,
        spanGaps: false,
      })),
    },
    options: {
      indexAxis: horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: text,
      font: { family: "arial, sans-serif", size: 14 },
      plugins: {
        legend: { display: series.length > 1, position: "top", labels: { color: text, font: { family: "arial, sans-serif", size: 14 } } },
        tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${format(unit, item.raw, false)}` } },
      },
      scales: {
        [horizontal ? "x" : "y"]: {
          beginAtZero: true,
          grid: { color: grid },
          ticks: { color: text, font: { family: "arial, sans-serif", size: 13 }, callback: (value) => format(unit, Number(value), true) },
        },
        [horizontal ? "y" : "x"]: {
          grid: { display: false },
          ticks: { color: text, font: { family: "arial, sans-serif", size: 13 }, autoSkip: !horizontal },
        },
      },
    },
  });

  // The chart is drawn: the table stays in the page, one click away.
  section.querySelector("details[data-app-chart-details]")?.removeAttribute("open");
}

const tables = document.querySelectorAll("table[data-app-chart]");
if (tables.length > 0) {
  loadChartJs()
    .then((Chart) => {
      for (const table of tables) {
        draw(Chart, table);
      }
    })
    .catch(() => {
      // Without Chart.js the tables are what people see, as without JavaScript.
    });
}
