"""Reference for org.radwb.modeling's linear SVM: scikit-learn (Debian python3-sklearn) LinearSVC with the hinge loss
(liblinear's dual coordinate descent, bias as a penalized extra feature with intercept_scaling = 1) on the
standardized features of the committed synthetic lesion table. The optimum w is unique, so the Java solver must reach
the same coefficients. (tol 1e-9: with 1e-12 liblinear stalls and stops early at max_iter.) Run: /usr/bin/python3 make_svm_reference.py
"""
import csv
import os

import numpy as np
import sklearn
from sklearn.preprocessing import StandardScaler
from sklearn.svm import LinearSVC

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(here, "..", "resources", "fixtures", "modeling")
with open(os.path.join(fixtures, "lesions.csv")) as f:
    rows = list(csv.DictReader(f))
names = ["f%02d" % j for j in range(1, 13)]
x = StandardScaler().fit_transform(np.array([[float(r[n]) for n in names] for r in rows]))
y = np.array([int(float(r["outcome"])) for r in rows])
with open(os.path.join(fixtures, "svm_reference.csv"), "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["C", "intercept"] + names)
    for c in (0.1, 1.0):
        svm = LinearSVC(C=c, loss="hinge", dual=True, tol=1e-9, max_iter=10_000_000, intercept_scaling=1.0)
        svm.fit(x, y)
        w.writerow([repr(c), repr(float(svm.intercept_[0]))] + [repr(float(v)) for v in svm.coef_[0]])
print("svm reference written with scikit-learn", sklearn.__version__)
