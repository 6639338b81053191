# expect: crash
"""k-fold cross-validation with a typing.Generic trainer. A template model is
scored once in eval mode as an untrained baseline; each fold then trains a
`copy.deepcopy` of the template -- the copy keeps the template's eval mode.
"""
import copy

import torch

from cv import KFold, baseline_score
from trainer import Trainer, RegressionTask

torch.manual_seed(0)


class HARNet(torch.nn.Module):
    def __init__(self, channels=3, hidden=10, classes=4):
        super().__init__()
        self.rnn = torch.nn.LSTM(channels, hidden, batch_first=True, bidirectional=True)
        self.cls = torch.nn.Linear(2 * hidden, classes)

    def forward(self, x):
        return self.cls(self.rnn(x)[0][:, -1])


X = torch.randn(20, 16, 3)
Y = torch.randint(0, 4, (20,))
template = HARNet()
print("baseline acc:", baseline_score(template, X, Y))
scores = []
for fold, (tr, te) in enumerate(KFold(n_splits=4).split(len(X))):
    fold_model = copy.deepcopy(template)
    trainer: Trainer[HARNet] = Trainer(fold_model, RegressionTask())
    trainer.fit(X[tr], Y[tr], epochs=2)
    scores.append(trainer.score(X[te], Y[te]))
print("cv acc:", sum(scores) / len(scores))
