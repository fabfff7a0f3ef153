#!/usr/bin/env python3
"""CMS-like page assembler for blind test sites (writer B)."""
import random, os, sys, importlib.util

OUT = '/work/blind-sites-2'
HERE = os.path.dirname(os.path.abspath(__file__))

def parse_articles(path):
    arts, cur = [], None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n').strip()
        if not line:
            continue
        if line.startswith('# '):
            slug, section, crumb = [x.strip() for x in line[2:].split('|')]
            cur = {'slug': slug, 'section': section, 'crumb': crumb, 'lines': []}
            arts.append(cur)
        else:
            cur['lines'].append(line)
    return arts

def load_spec(name):
    spec = importlib.util.spec_from_file_location(name, os.path.join(HERE, name + '.py'))
    m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
    return m

def build(site):
    spec = load_spec('spec_' + site.replace('-', '_'))
    arts = parse_articles(os.path.join(HERE, site + '.txt'))
    assert len(arts) == 18, (site, len(arts))
    rnd = random.Random(spec.SEED)
    d = os.path.join(OUT, site); os.makedirs(d, exist_ok=True)
    for i, a in enumerate(arts, 1):
        ctx = {'i': i, 'rnd': rnd, 'art': a}
        body = []
        for ln in a['lines']:
            if ln.startswith('@rel '):
                body.append(('related', spec.REL_PREFIX(ctx) + ln[5:]))
            elif ln.startswith('@cap '):
                body.append(('legal', ln[5:]))
            elif ln.startswith('@ad'):
                body.append(('ad', spec.AD_TEXT(ctx)))
            elif ln == '@mid':
                body.extend(spec.mid(ctx))
            else:
                body.append((None, ln))
        blocks = spec.top(ctx) + body + spec.bottom(ctx)
        with open(os.path.join(d, 'page-%02d.txt' % i), 'w', encoding='utf-8') as f:
            f.write('id: %s-%02d\nlang: %s\nkind: positive\nurl: https://%s/%s/%s\n---\n'
                    % (site, i, spec.LANG, spec.HOST, a['section'], a['slug']))
            for cat, text in blocks:
                f.write(('[%s] %s' % (cat, text) if cat else text) + '\n')

if __name__ == '__main__':
    for s in sys.argv[1:]:
        build(s)
