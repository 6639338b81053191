# expect: clean
# category: held_objects
import torch

from classifier import ECGClassifier
from explain import IntegratedGradients

torch.manual_seed(0)
clf = ECGClassifier()
signals = torch.randn(4, 30)
with torch.no_grad():
    targets = clf(signals).argmax(1)
ig = IntegratedGradients(clf, n_steps=6)
print(ig.attribute(signals, targets).abs().sum(1))
