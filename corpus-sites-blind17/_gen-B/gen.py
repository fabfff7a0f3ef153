"""Writer B generator: writes 18 pages for each of B's three sites."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import site_mx, site_hi, site_ko  # noqa: E402

OUT = "/work/sites-blind17"
SITES = [site_mx, site_hi, site_ko]


def main():
    for S in SITES:
        assert len(S.ARTICLES) == 18, (S.CODE, len(S.ARTICLES))
        d = os.path.join(OUT, f"sb17-{S.CODE}")
        os.makedirs(d, exist_ok=True)
        for i in range(18):
            with open(os.path.join(d, f"page-{i + 1:02d}.txt"), "w", encoding="utf-8") as f:
                f.write(S.page(i))
        print(f"wrote {d}: 18 pages")


if __name__ == "__main__":
    main()
