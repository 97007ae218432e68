# Runs readability-lxml (Debian python3-readability 0.8.1, the version the WCEB published) as the WCEB ran it:
# Document(html).summary(html_partial=True), then text as the html_text package lays it out (a space between
# text pieces, newlines around blocks). Writes JSONL {page_id, dataset, plaintext} for extraction-metric-check.ts.
#   /usr/bin/python3 bench/extraction-peer-readability.py <article-extraction-wceb folder> <out.jsonl>
import gzip, json, os, re, sys
from readability import Document
import lxml.html

NEWLINE = {'article','aside','br','dd','details','div','dt','fieldset','figcaption','footer','form','header','hr','legend','li','main','nav','table','tr'}
DOUBLE = {'blockquote','dl','figure','h1','h2','h3','h4','h5','h6','ol','p','pre','title','ul'}
SKIP = {'script','style','head','noscript'}
ws = re.compile(r'\s+')
punct_after = re.compile(r'^[,:;.!?")]')
open_before = re.compile(r'\($')

def to_text(html):
    root = lxml.html.fromstring(html)
    chunks = []
    prev = ['\n\n']
    def add(text):
        text = ws.sub(' ', text).strip()
        if not text: return
        p = prev[0]
        if p not in ('\n', '\n\n') and not (punct_after.search(text) or open_before.search(p)):
            chunks.append(' ')
        chunks.append(text); prev[0] = text
    def nl(kind):
        if prev[0] in ('\n', '\n\n'):
            if kind == '\n\n' and prev[0] == '\n': chunks.append('\n'); prev[0] = '\n\n'
            return
        chunks.append(kind); prev[0] = kind
    def walk(el):
        tag = el.tag if isinstance(el.tag, str) else None
        if tag is None:
            if el.tail: add(el.tail)
            return
        if tag in SKIP:
            if el.tail: add(el.tail)
            return
        kind = '\n\n' if tag in DOUBLE else '\n' if tag in NEWLINE else None
        if kind: nl(kind)
        if el.text: add(el.text)
        for child in el: walk(child)
        if kind: nl(kind)
        if el.tail: add(el.tail)
    walk(root)
    return ''.join(chunks).strip()

def decode(b):
    try: return b.decode('utf-8')
    except UnicodeDecodeError: pass
    m = re.search(rb'<meta[^>]+charset\s*=\s*["\']?([\w-]+)', b[:4096], re.I)
    if m:
        try: return b.decode(m.group(1).decode())
        except Exception: pass
    return b.decode('cp1252', errors='replace')

root = sys.argv[1]; out = open(sys.argv[2], 'w')
for line in gzip.open(os.path.join(root, 'ground-truth.jsonl.gz'), 'rt'):
    row = json.loads(line)
    html = decode(gzip.open(os.path.join(root, 'html', row['dataset'], row['page_id'] + '.html.gz')).read())
    try:
        text = to_text(Document(html).summary(html_partial=True))
    except Exception as e:
        text = ''
    out.write(json.dumps({'page_id': row['page_id'], 'dataset': row['dataset'], 'plaintext': text}, ensure_ascii=False) + '\n')
