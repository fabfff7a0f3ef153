import os, re, collections
CATS={'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
for site in ['sb13-au','sb13-ro','sb13-tl']:
    d='/work/sites-blind13/'+site; files=sorted(f for f in os.listdir(d) if f.endswith('.txt'))
    art=bp=0; cnt=collections.Counter(); artcnt=collections.Counter()
    for f in files:
        t=open(os.path.join(d,f),encoding='utf-8').read()
        h,b=t.split('\n---\n',1); hl=h.split('\n')
        assert hl[0]=='id: %s-%s'%(site,f[5:7]) and hl[1].startswith('lang: ') and hl[2]=='kind: positive' and hl[3].startswith('url: https://'), f
        seen=set(); aseen=set()
        for l in b.rstrip('\n').split('\n'):
            assert l.strip(), (f,'blank')
            m=re.match(r'\[([a-z]+)\] (.+)$',l)
            if l.startswith('['):
                assert m and m.group(1) in CATS, (f,l)
                bp+=1; seen.add(re.sub(r'\d','0',l))
            else:
                art+=1; aseen.add(l)
        cnt.update(seen); artcnt.update(aseen)
    rep=sum(1 for k,v in cnt.items() if v>=3)
    rart=sum(1 for k,v in artcnt.items() if v>=3)
    print(f'{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} distinct_bp_on>=3pages={rep} article_lines_on>=3pages={rart}')
