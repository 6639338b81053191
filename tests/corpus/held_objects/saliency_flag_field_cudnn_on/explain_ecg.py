# expect: crash
"""Trains a GRU beat classifier on ECG-like windows, then explains it in eval mode through the saliency
library with its `safe_rnn` switch turned off: cuDNN stays on and the eval GRU cannot run its backward."""
import torch
import torch.nn as nn

from saliency import InputXGradient


class BeatClassifier(nn.Module):
    def __init__(self, leads=2, hidden=8, classes=3):
        super().__init__()
        self.gru = nn.GRU(leads, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, x):
        return self.fc(self.gru(x)[0][:, -1])


torch.manual_seed(6)
clf = BeatClassifier()
opt = torch.optim.Adam(clf.parameters(), lr=1e-2)
for _ in range(3):
    windows, beats = torch.randn(4, 20, 2), torch.randint(0, 3, (4,))
    loss = nn.functional.cross_entropy(clf(windows), beats)
    opt.zero_grad()
    loss.backward()
    opt.step()
clf.eval()


def class_scores(x):
    return clf(x).softmax(-1)


explainer = InputXGradient(class_scores, safe_rnn=False)
maps = explainer.explain(torch.randn(2, 20, 2), index=1)  # TM001-here
print("saliency per lead:", maps.abs().sum((0, 1)).tolist())
