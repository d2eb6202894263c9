"""The Python peer of `zuegig comments analyze` for bench/comments.sh: the same pipeline steps with
the usual libraries (datasketch MinHashLSH over word 3-gram shingles with union-find over the LSH
candidates, scikit-learn TfidfVectorizer + MiniBatchKMeans for topics, regular expressions for
e-mail, phone numbers and IBAN). Reads JSONL (id, text), writes JSON with per-statement cluster and
duplicate group in the same shape as zuegig's `statements` list."""
import json, re, sys, unicodedata

from datasketch import MinHash, MinHashLSH
from sklearn.cluster import MiniBatchKMeans
from sklearn.feature_extraction.text import TfidfVectorizer

FORMULA = set("sehr geehrte geehrter damen herren hallo liebe lieber freundlichen grusen grussen gruse gruss grus hochachtungsvoll mfg viele beste herzliche".split())
WORD = re.compile(r"[^\W\d_]{2,}")
PII = [re.compile(p) for p in (r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", r"(?<![\w+])(?:\+\d{2}[\s-]?(?:\(0\)[\s-]?)?|0)\d{2,5}(?:[\s/-]?\d){4,11}", r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){3,7}")]
STOP = "aber alle als also am an auch auf aus bei bin bis da das dass dem den der des die dies diese doch du durch ein eine einem einen einer es fur hat haben hier ich ihr im in ist ja kann kein keine mit nach nicht noch nur oder sich sie sind so und uns von vor was weil wenn wir wird wie zu zum zur uber unter werden wurde".split()


def words(text):
    folded = unicodedata.normalize("NFKD", text.replace("ß", "ss").lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return [w for w in WORD.findall(folded) if w not in FORMULA]


def main(path, k, out):
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    texts = [r["text"] for r in rows]
    for pattern in PII:
        texts = [pattern.sub("[PII]", t) for t in texts]
    lsh = MinHashLSH(threshold=0.4, num_perm=128)
    hashes = []
    for i, text in enumerate(texts):
        w = words(text)
        shingles = {" ".join(w[j:j + 3]) for j in range(max(0, len(w) - 2))} or {" ".join(w)}
        m = MinHash(num_perm=128)
        m.update_batch([s.encode("utf-8") for s in shingles])
        hashes.append(m)
        lsh.insert(str(i), m)
    parent = list(range(len(texts)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for i, m in enumerate(hashes):
        for j in lsh.query(m):
            j = int(j)
            if j != i and m.jaccard(hashes[j]) >= 0.4:
                parent[find(i)] = find(j)
    roots = [find(i) for i in range(len(texts))]
    sizes = {}
    for r in roots:
        sizes[r] = sizes.get(r, 0) + 1
    vectors = TfidfVectorizer(min_df=2, max_df=0.5, sublinear_tf=True, stop_words=STOP, preprocessor=lambda t: " ".join(words(t))).fit_transform(texts)
    clusters = MiniBatchKMeans(n_clusters=k, random_state=47, n_init=3, batch_size=4096).fit_predict(vectors)
    result = {"statements": [{"id": r["id"], "cluster": int(c) + 1, "duplicateGroup": ("g%d" % roots[i]) if sizes[roots[i]] >= 2 else None}
                             for i, (r, c) in enumerate(zip(rows, clusters))]}
    json.dump(result, open(out, "w"))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
