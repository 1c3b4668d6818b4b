// Shared helpers of the isnad pages: fetch JSON, escape, labels.
"use strict";
const SOURCE_TYPES = {
  named_person: "شخص مسمّى", anonymous_official: "مسؤول مجهول", anonymous: "مصدر مجهول",
  organization: "منظمة", media: "وسيلة إعلام", document: "وثيقة", author: "الكاتب"
};
const FACET_NAMES = {
  outlet: "المنفذ", year: "السنة", month: "الشهر", actor: "الفاعلون", source_type: "نوع المصدر",
  narrative: "السرديات", via: "عبر"
};
function esc(s) {
  return String(s == null ? "" : s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
}
// numbers and dates keep their left-to-right order inside Arabic text
function ltr(s) { return s == null ? "" : '<bdi dir="ltr">' + esc(s) + "</bdi>"; }
async function getJson(url) {
  const r = await fetch(url);
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || r.statusText);
  return body;
}
function param(name) { return new URLSearchParams(location.search).get(name); }
function sourceTypeLabel(t) { return SOURCE_TYPES[t] || t; }
function showError(el, e) { el.innerHTML = '<p class="error">' + esc(e.message) + "</p>"; }
function claimRow(c) {
  return "<tr><td>" + '<span class="claim src-' + esc(c.source_type) + '">' + esc(sourceTypeLabel(c.source_type)) + "</span></td><td>"
    + esc(c.chain) + "</td><td>" + esc(c.content ? c.content.text : "") + "</td><td>"
    + (c.article ? '<a href="article.html?id=' + encodeURIComponent(c.article) + '">' + esc(c.title || c.article) + "</a> " + ltr(c.date) : "")
    + "</td></tr>";
}
function claimTable(claims) {
  if (!claims.length) return '<p class="muted">لا شيء</p>';
  return "<table><tr><th>نوع المصدر</th><th>السلسلة</th><th>المضمون</th><th>المقال</th></tr>" + claims.map(claimRow).join("") + "</table>";
}
// One navigation bar for every page, filled in here so that a new page is added in one place.
const NAV = [["index.html", "البحث"], ["sources.html", "المصادر"], ["recurring.html", "ادعاءات متكررة"],
  ["network.html", "شبكة الفاعلين"], ["timeline.html", "الخط الزمني"]];
function renderNav() {
  const h = document.getElementById("nav");
  if (!h) return;
  const here = location.pathname.split("/").pop() || "index.html";
  h.innerHTML = '<a class="brand" href="index.html">إسناد</a>' + NAV.map(([href, label]) =>
    '<a href="' + href + '"' + (href === here ? ' class="on" aria-current="page"' : "") + ">" + esc(label) + "</a>").join("");
}
document.addEventListener("DOMContentLoaded", renderNav);
