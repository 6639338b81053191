# expect: crash
# fix: none
"""Continual learning: the teacher is an eval-mode deep copy, but it reads the student's features,
so from the second task on the student's loss runs backward through the teacher's eval-mode GRU."""
import torch
import torch.nn as nn

from lwf import LwfPenalty, TaskLearner


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(30, 6)
        self.gru = nn.GRU(6, 6, batch_first=True)
        self.out = nn.Linear(6, 3)

    def features(self, x):
        return self.emb(x)

    def head_from(self, feats):
        return self.out(self.gru(feats)[0][:, -1])

    def forward(self, x):
        return self.head_from(self.features(x))


net = Tagger()
learner = TaskLearner(net, torch.optim.SGD(net.parameters(), lr=0.1), [LwfPenalty()])
for task in range(3):
    learner.learn_task(torch.randint(0, 30, (4, 5)), torch.randint(0, 3, (4,)))
print("done")
