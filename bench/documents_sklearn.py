#!/usr/bin/env python3
"""The same document classifier built with scikit-learn, on the same corpus split as
`zuegig documents train`: TF-IDF (sublinear tf; word unigrams+bigrams and character 4-grams inside
words, German umlauts folded) and multinomial logistic regression. Prints JSON with held-out
accuracy, macro-F1 and throughput (documents per second, one at a time and as one batch)."""
import json
import re
import sys
import time
import unicodedata
from pathlib import Path

from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score, f1_score

corpus = Path(sys.argv[1] if len(sys.argv) > 1 else "corpus")
FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss", "Ä": "a", "Ö": "o", "Ü": "u"})


def normalise(text):
    return text.lower().translate(FOLD)


labels = [json.loads(line) for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines() if line]
texts = {l["id"]: (corpus / "documents" / f"{l['id']}.txt").read_text(encoding="utf-8") for l in labels}
train = [l for l in labels if l["split"] == "train"]
test = [l for l in labels if l["split"] == "test"]

words = TfidfVectorizer(preprocessor=normalise, token_pattern=r"(?u)\b[^\W\d_]{2,}\b", ngram_range=(1, 2), sublinear_tf=True, min_df=2)
chars = TfidfVectorizer(preprocessor=normalise, analyzer="char_wb", ngram_range=(4, 4), sublinear_tf=True, min_df=2)
started = time.perf_counter()
train_texts = [texts[l["id"]] for l in train]
features = hstack([words.fit_transform(train_texts), chars.fit_transform(train_texts)]).tocsr()
model = LogisticRegression(max_iter=2000, C=10.0)
model.fit(features, [l["kind"] for l in train])
train_seconds = time.perf_counter() - started


def transform(batch):
    return hstack([words.transform(batch), chars.transform(batch)]).tocsr()


test_texts = [texts[l["id"]] for l in test]
expected = [l["kind"] for l in test]
predicted = model.predict(transform(test_texts))
started = time.perf_counter()
repeats = 3
for _ in range(repeats):
    for text in test_texts:
        model.predict(transform([text]))
single = time.perf_counter() - started
started = time.perf_counter()
for _ in range(repeats):
    model.predict(transform(test_texts))
batch = time.perf_counter() - started
print(json.dumps({
    "documents": len(test), "trainingDocuments": len(train),
    "accuracy": round(accuracy_score(expected, predicted), 4),
    "macroF1": round(f1_score(expected, predicted, average="macro"), 4),
    "trainSeconds": round(train_seconds, 3),
    "classifyDocumentsPerSecondOneByOne": round(len(test) * repeats / single, 1),
    "classifyDocumentsPerSecondBatch": round(len(test) * repeats / batch, 1),
}, indent=2))
