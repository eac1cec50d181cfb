/** The one stylesheet of the server pages: phone first, system fonts, no external files. */
export const PAGE_CSS = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#f6f7f9}
main{max-width:46rem;margin:0 auto;padding:1rem}
main.wide{max-width:64rem}
nav.bar{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:.25rem .75rem;margin:0 0 .5rem}
.bar-links{display:flex;flex-wrap:wrap;align-items:center;gap:.25rem .9rem;font-size:.9rem}
.bar-links a{display:inline-block;padding:.45rem 0}
.who{color:#3d4752;text-decoration:none;max-width:14rem;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
header.top{display:flex;flex-wrap:wrap;align-items:baseline;justify-content:space-between;gap:.5rem}
h1{font-size:1.4rem;margin:.2rem 0;overflow-wrap:anywhere}
h2{font-size:1.15rem;margin:1.2rem 0 .4rem}
.sub{color:#59636e;font-size:.9rem;margin:0}
a{color:#0b5cad}
a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,textarea:focus-visible,summary:focus-visible{outline:3px solid #0b5cad;outline-offset:2px}
.brand{display:inline-block;font-weight:700;letter-spacing:.02em;color:#1b6b4a;text-decoration:none;padding:.35rem 0;font-size:1.05rem}
form.search{display:flex;gap:.5rem;margin:1rem 0 .5rem}
form.search input{flex:1;min-width:0}
input[type=text],input[type=password],input[type=search],input[type=date],input[type=number],select,textarea{width:100%;padding:.55rem .7rem;font:inherit;border:1px solid #c8ced6;border-radius:.5rem;background:#fff;color:inherit}
textarea{min-height:5rem;resize:vertical}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b42318}
button,.button{display:inline-block;padding:.5rem .9rem;font:inherit;border:1px solid #0b5cad;background:#0b5cad;color:#fff;border-radius:.5rem;cursor:pointer;text-decoration:none;min-height:2.5rem}
button.quiet,.button.quiet{background:#fff;color:#0b5cad;font-size:.85rem;padding:.45rem .8rem}
.row-actions{display:flex;flex-wrap:wrap;gap:.4rem}
button.danger{background:#fff;color:#b42318;border-color:#b42318;font-size:.85rem;padding:.45rem .8rem}
button.link{background:none;border:0;color:#0b5cad;padding:.45rem 0;min-height:0;text-decoration:underline;font-size:inherit}
.status{color:#59636e;font-size:.9rem}
.views{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.9rem;margin:.25rem 0 .75rem}
.views a[aria-current]{font-weight:700;color:#1f2328;text-decoration:none}
section.region{background:#fff;border:1px solid #e1e4e8;border-radius:.75rem;padding:.75rem 1rem;margin:1rem 0}
section.region h2{font-size:1.1rem;margin:.2rem 0 .5rem}
.province{color:#59636e;font-weight:normal}
.count{float:right;color:#59636e;font-size:.8rem;font-weight:normal;margin-top:.2rem}
.locus{border-top:1px solid #eef0f3;padding-top:.5rem;margin-top:.5rem}
.locus h3{font-size:.95rem;margin:.2rem 0;color:#3d4752}
ul.innovations{list-style:none;padding:0;margin:.2rem 0 .4rem;display:flex;flex-wrap:wrap;gap:.3rem}
ul.innovations li{background:#e8f1fb;color:#0b4a8b;border-radius:1rem;padding:.05rem .6rem;font-size:.8rem}
ul.clips{list-style:none;padding:0;margin:0}
ul.clips.flat{background:#fff;border:1px solid #e1e4e8;border-radius:.75rem;padding:.25rem 1rem}
li.clip{padding:.55rem 0}
li.clip+li.clip{border-top:1px dashed #eef0f3}
li.clip a.title{font-weight:600;text-decoration:none;overflow-wrap:anywhere}
li.clip.is-read a.title{color:#59636e;font-weight:normal}
li.clip.is-repeat a.title{font-weight:normal;font-size:.95em}
li.clip .see-above{color:#59636e;font-size:.85em;white-space:nowrap}
.read-state{font-weight:600;color:#8a4b00}
li.clip.is-read .read-state,.read-state.done{font-weight:normal;color:#1b6b4a}
.meta{display:flex;flex-wrap:wrap;gap:.2rem .8rem;color:#59636e;font-size:.82rem}
.loci-line{font-size:.85rem;color:#3d4752;margin:.15rem 0}
.note{font-size:.9rem;margin:.3rem 0}
.controls{display:flex;flex-wrap:wrap;gap:.4rem;align-items:center;margin:.35rem 0 0}
.controls form{margin:0}
.badge{display:inline-block;border-radius:1rem;padding:0 .55rem;font-size:.78rem;font-weight:600;background:#fff4d6;color:#7a4d00;border:1px solid #f0d58a}
.badge.ok{background:#e6f4ec;color:#1b6b4a;border-color:#b7dcc6}
.badge.off{background:#f1f2f4;color:#59636e;border-color:#d8dce1}
.card{background:#fff;border:1px solid #e1e4e8;border-radius:.75rem;padding:1rem;margin:1rem 0}
.card.required{border-color:#f0d58a;background:#fffdf5}
.card h2:first-child,.card h3:first-child{margin-top:0}
label{display:block;font-weight:600;margin:.6rem 0 .25rem}
.hint{color:#59636e;font-size:.85rem;margin:.2rem 0}
.grid{display:grid;gap:0 .9rem;grid-template-columns:repeat(auto-fit,minmax(12rem,1fr))}
fieldset{border:1px solid #e1e4e8;border-radius:.6rem;padding:.4rem .9rem .8rem;margin:.8rem 0}
legend{font-weight:600;padding:0 .3rem}
.check{display:flex;gap:.4rem;align-items:center;font-weight:normal}
code.token,input.token{font-family:ui-monospace,monospace;font-size:.85rem;word-break:break-all}
.copy-row{display:flex;gap:.4rem;align-items:stretch}
.copy-row input{flex:1;min-width:0}
.error{color:#b42318;margin:.25rem 0}
.notice{background:#eef6ff;border:1px solid #b9d4f5;border-radius:.6rem;padding:.6rem .8rem;margin:.8rem 0}
.notice.ok{background:#e6f4ec;border-color:#b7dcc6}
ul.cohorts{list-style:none;padding:0;margin:0}
li.cohort h2{font-size:1.1rem;margin:.1rem 0;overflow-wrap:anywhere}
.links{display:flex;flex-wrap:wrap;gap:.3rem 1rem;margin:.4rem 0 0;font-size:.9rem}
form.inline{display:inline;margin:0}
.empty{background:#fff;border:1px dashed #c8ced6;border-radius:.75rem;padding:1rem;color:#3d4752}
.table-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:.9rem;background:#fff}
th,td{text-align:left;padding:.45rem .5rem;border-bottom:1px solid #eef0f3;vertical-align:top}
th{font-weight:600;color:#3d4752;background:#f6f7f9}
td.num,th.num{text-align:right;white-space:nowrap}
td.mark{text-align:center;white-space:nowrap}
tbody th,tfoot th{background:#fff;color:#1f2328}
table.completion th[scope=row]{position:sticky;left:0;box-shadow:1px 0 0 #eef0f3}
table.completion td{text-align:center}
td .copy-row input{min-width:14rem}
@media (max-width:40rem){
table.stack thead{display:none}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack tr{border:1px solid #e1e4e8;border-radius:.6rem;margin:0 0 .6rem;padding:.3rem .6rem;background:#fff}
table.stack td{border:0;padding:.25rem 0;text-align:left}
table.stack td[data-label]::before{content:attr(data-label);display:block;font-size:.78rem;font-weight:600;color:#59636e}
table.stack td .copy-row input{min-width:0}
}
.qr{display:block;width:100%;max-width:18rem;height:auto;margin:.5rem 0;background:#fff}
.qr.big{max-width:min(80vh,90vw);margin:1rem auto}
.big-url{text-align:center;font-size:1.2rem}
tr.fresh td{background:#fffbe6}
progress{width:100%;height:.6rem;accent-color:#1b6b4a}
ol.required-list{margin:.5rem 0 0;padding-left:1.4rem}
ol.required-list li{margin:.25rem 0}
article.reader{background:#fff;border:1px solid #e1e4e8;border-radius:.75rem;padding:1rem 1.1rem;margin:1rem 0}
article.reader p{margin:.7rem 0;overflow-wrap:anywhere}
blockquote{margin:.5rem 0;padding:.3rem .8rem;border-left:3px solid #c8ced6;color:#3d4752}
.pager{display:flex;justify-content:space-between;gap:1rem;margin:1rem 0}
svg.province-map,svg.bar-chart{display:block;width:100%;height:auto}
svg.province-map a:focus-visible rect,svg.bar-chart a:focus-visible rect{stroke:#0b5cad;stroke-width:3}
.scout-figures .card{margin:.5rem 0}
details.weights{margin:.6rem 0}
details.weights summary{cursor:pointer;color:#3d4752}
ul.plain{list-style:none;padding:0;margin:.3rem 0}
ul.plain li{padding:.3rem 0;border-top:1px dashed #eef0f3;overflow-wrap:anywhere}
ul.plain li:first-child{border-top:0}
.disagree strong{color:#8a4b00}
table.compare th[scope=col]{min-width:8rem}
table.compare th[scope=row]{width:8rem}
@media (max-width:40rem){table.compare{font-size:.82rem}table.compare th,table.compare td{padding:.35rem .3rem}}
table.ranking td .badge{margin:0 .2rem .2rem 0}
table.ranking td.small{font-size:.82rem;color:#3d4752;max-width:14rem}
table.ranking td.pick a{font-weight:600}
table.ranking td.pick .check{display:inline-flex;margin:0}
.map-wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
.map-wrap svg.province-map{min-width:34rem}
table.ranking .rank{color:#59636e;font-size:.85rem}
@media (max-width:40rem){
table.ranking thead{display:none}
table.ranking,table.ranking tbody,table.ranking tr{display:block;width:100%}
table.ranking tr{border:1px solid #e1e4e8;border-radius:.6rem;margin:0 0 .6rem;padding:.4rem .6rem;background:#fff}
table.ranking td{display:block;border:0;padding:.15rem 0;text-align:left;max-width:none}
table.ranking td.fig{display:inline-block;margin-right:.9rem}
table.ranking td.none{display:none}
table.ranking td[data-label]::before{content:attr(data-label) ': ';color:#59636e;font-size:.8rem}
}
footer{margin:2rem 0 1rem;font-size:.85rem;color:#59636e}
@media (max-width:30rem){main{padding:.6rem}section.region{padding:.6rem .7rem}.card{padding:.8rem}}
`;
