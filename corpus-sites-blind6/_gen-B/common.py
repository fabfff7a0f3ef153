import os, random

def parse_articles(text):
    """Articles separated by lines '=====' . Format:
    line1: section|slug ; then head lines until '~' ; then body lines.
    Lines starting '@x ' are per-page extras keyed by x."""
    arts = []
    for chunk in text.strip().split('\n=====\n'):
        lines = [l.rstrip() for l in chunk.strip().split('\n') if l.strip()]
        sec, slug = lines[0].split('|')
        head, body, extra = [], [], {}
        in_head = True
        for l in lines[1:]:
            if l.startswith('@'):
                k, v = l[1:].split(' ', 1)
                extra.setdefault(k, []).append(v)
            elif l == '~':
                in_head = False
            elif in_head:
                head.append(l)
            else:
                body.append(l)
        arts.append(dict(sec=sec, slug=slug, head=head, body=body, x=extra))
    return arts

def write_site(root, site, lang, host, arts, assemble, seed):
    d = os.path.join(root, site)
    os.makedirs(d, exist_ok=True)
    assert len(arts) == 18, len(arts)
    for i, a in enumerate(arts, 1):
        rnd = random.Random(seed * 1000 + i)
        blocks = assemble(i, a, rnd)
        out = [f"id: {site}-{i:02d}", f"lang: {lang}", "kind: positive",
               f"url: https://{host}/{a['sec_path']}/{a['slug']}", "---"]
        out += blocks
        with open(os.path.join(d, f"page-{i:02d}.txt"), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')

def safe_pos(body, p, used=()):
    """nearest index k (prefer >= p) where inserting before body[k] does not split a list:
    previous block must be a real paragraph (long, ends with sentence punctuation)."""
    def ok(k):
        if k <= 0 or k >= len(body) or k in used:
            return False
        prev = body[k - 1]
        return len(prev) > 60 and prev[-1] in '.!?”"' and not prev.endswith(':')
    for d in range(0, len(body)):
        for k in (p + d, p - d):
            if ok(k):
                return k
    return min(max(1, p), len(body) - 1)
