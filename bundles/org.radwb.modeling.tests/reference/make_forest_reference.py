"""Reference for org.radwb.modeling's random forest: scikit-learn (Debian python3-sklearn) on the committed
synthetic lesion table. Forests are random, so the reference is the mean over 20 seeds of the held-out AUC
(train: foldid 1-4, test: foldid 5) and of the impurity importances; the Java test compares its own seed-averaged
figures within stated tolerances. Run: /usr/bin/python3 make_forest_reference.py
"""
import csv
import os

import numpy as np
import sklearn
from sklearn.ensemble import RandomForestClassifier
from sklearn.metrics import roc_auc_score

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "resources", "fixtures", "modeling")
with open(os.path.join(fixtures, "lesions.csv")) as f:
    rows = list(csv.DictReader(f))
names = ["f%02d" % j for j in range(1, 13)]
x = np.array([[float(r[n]) for n in names] for r in rows])
y = np.array([int(float(r["outcome"])) for r in rows])
fold = np.array([int(float(r["foldid"])) for r in rows])
train, test = fold != 5, fold == 5
aucs, imps = [], []
for seed in range(20):
    rf = RandomForestClassifier(n_estimators=500, max_features="sqrt", min_samples_leaf=1, bootstrap=True,
                                random_state=seed, n_jobs=1)
    rf.fit(x[train], y[train])
    aucs.append(roc_auc_score(y[test], rf.predict_proba(x[test])[:, 1]))
    imps.append(rf.feature_importances_)
imp = np.mean(imps, axis=0)
with open(os.path.join(fixtures, "forest_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "value"])
    w.writerow(["sklearn_version", sklearn.__version__])
    w.writerow(["test_auc_mean", repr(float(np.mean(aucs)))])
    w.writerow(["test_auc_sd", repr(float(np.std(aucs, ddof=1)))])
    for n, v in zip(names, imp):
        w.writerow(["importance_" + n, repr(float(v))])
print("forest reference written")
