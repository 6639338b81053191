# expect: crash
# category: held_objects
import torch

from classifier import ECGClassifier
from explain import Saliency

torch.manual_seed(0)
clf = ECGClassifier()
clf.eval()
signals = torch.randn(4, 30)
targets = clf(signals).argmax(1)
saliency = Saliency(clf)
attr = saliency.attribute(signals, targets)  # TM001-here
print(attr.shape)
