import os, re, collections
CATS={"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
for site in ["sb13-fi","sb13-uk","sb13-th"]:
    d=f"/work/sites-blind13/{site}"; files=sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    art=bp=0; cnt=collections.Counter(); catc=collections.Counter()
    for f in files:
        L=open(os.path.join(d,f),encoding="utf-8").read().split("\n")
        assert L[-1]=="" ; L=L[:-1]
        n=int(f[5:7])
        assert L[0]==f"id: {site}-{n:02d}" and re.match(r"lang: [a-z]{2}$",L[1]) and L[2]=="kind: positive" and L[3].startswith("url: https://") and L[4]=="---", f
        seen=set()
        for l in L[5:]:
            assert l.strip()==l and l, (f,l)
            m=re.match(r"\[([a-z]+)\] (.+)$",l)
            if l.startswith("["):
                assert m and m.group(1) in CATS, (f,l)
                bp+=1; catc[m.group(1)]+=1; seen.add(re.sub(r"\d","0",m.group(2)))
            else: art+=1
        cnt.update(seen)
    rep=sum(1 for k,v in cnt.items() if v>=3)
    print(site, "pages",len(files),"article",art,"boilerplate",bp,"distinct bp on>=3 pages",rep, dict(catc))
