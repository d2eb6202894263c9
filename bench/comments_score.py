"""Scores an analysis (zuegig's or the peer's `statements` list) against the labels of a generated
set: topics (adjusted Rand index, NMI, scikit-learn) and duplicate grouping (pair precision/recall)."""
import json, sys
from collections import Counter, defaultdict
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score


def pairs(groups):
    return sum(n * (n - 1) // 2 for n in groups.values())


def main(labels_path, result_path):
    labels = {}
    for line in open(labels_path, encoding="utf-8"):
        if line.strip():
            row = json.loads(line)
            labels[row["id"]] = (row["topic"], row.get("campaign"))
    statements = json.load(open(result_path))["statements"]
    truth = [labels[s["id"]][0] for s in statements]
    predicted = [s["cluster"] for s in statements]
    true_groups = Counter(labels[s["id"]][1] for s in statements if labels[s["id"]][1])
    predicted_groups = defaultdict(Counter)
    for s in statements:
        if s.get("duplicateGroup"):
            predicted_groups[s["duplicateGroup"]][labels[s["id"]][1]] += 1
    predicted_pairs = sum(n * (n - 1) // 2 for g in predicted_groups.values() for n in [sum(g.values())])
    correct = sum(n * (n - 1) // 2 for g in predicted_groups.values() for label, n in g.items() if label)
    print(json.dumps({
        "ari": round(adjusted_rand_score(truth, predicted), 3),
        "nmi": round(normalized_mutual_info_score(truth, predicted), 3),
        "pairPrecision": round(correct / predicted_pairs, 3) if predicted_pairs else 1.0,
        "pairRecall": round(correct / pairs(true_groups), 3) if true_groups else 1.0,
    }))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
