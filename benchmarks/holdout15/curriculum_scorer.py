# expect: crash
"""Curriculum learning with a self-paced difficulty scorer: before each stage the
`CurriculumScheduler` scores every training example with the current model
(a `scorer` property that returns the model prepared for scoring, i.e. in eval
mode), sorts by loss, and hands the easiest fraction to the trainer.
"""
import torch
import torch.nn as nn


class CurriculumScheduler:
    def __init__(self, learner, pacing=(0.5, 0.75, 1.0)):
        self.learner = learner
        self.pacing = pacing

    @property
    def scorer(self):
        self.learner.net.eval()
        return self.learner.logits

    def difficulty(self, x, y):
        with torch.no_grad():
            return nn.functional.cross_entropy(self.scorer(x), y, reduction="none")

    def stages(self, x, y):
        for frac in self.pacing:
            order = self.difficulty(x, y).argsort()
            keep = order[: max(1, int(frac * len(order)))]
            yield frac, x[keep], y[keep]


class Learner:
    def __init__(self):
        self.net = nn.Sequential()
        self.net.add_module("enc", nn.GRU(4, 8, batch_first=True))
        self.fc = nn.Linear(8, 2)
        self.opt = torch.optim.Adam(list(self.net.parameters()) + list(self.fc.parameters()), lr=1e-2)

    def logits(self, x):
        return self.fc(self.net(x)[0][:, -1])

    def fit_stage(self, x, y, steps=2):
        for _ in range(steps):
            self.opt.zero_grad()
            loss = nn.functional.cross_entropy(self.logits(x), y)
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()


torch.manual_seed(0)
learner = Learner()
learner.net.train()
sched = CurriculumScheduler(learner)
x, y = torch.randn(12, 5, 4), torch.randint(0, 2, (12,))
for frac, sx, sy in sched.stages(x, y):
    print(frac, learner.fit_stage(sx, sy))
