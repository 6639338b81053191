# expect: crash
"""A learner built from hook mixins that cooperate through super(): the checkpoint mixin's
before_round() does not pass the call on, so the train-mode mixin after it in the MRO never runs,
while every round's after_round() reaches the evaluation mixin."""
import torch
from torch import nn

torch.manual_seed(8)


class Hooks:
    def before_round(self):
        pass

    def after_round(self):
        pass


class TrainModeHook(Hooks):
    def before_round(self):
        self.net.train()
        super().before_round()


class CheckpointHook(Hooks):
    def before_round(self):
        self.saved = {k: v.clone() for k, v in self.net.state_dict().items()}

    def after_round(self):
        super().after_round()


class EvaluateHook(Hooks):
    def after_round(self):
        self.net.eval()
        with torch.no_grad():
            self.net(torch.randn(1, 3, 2))
        super().after_round()


class Learner(CheckpointHook, TrainModeHook, EvaluateHook):
    def __init__(self):
        self.net = nn.GRU(2, 2, batch_first=True)
        self.optim = torch.optim.SGD(self.net.parameters(), lr=0.1)

    def fit(self, rounds):
        for _ in range(rounds):
            self.before_round()
            out, _ = self.net(torch.randn(3, 4, 2))
            self.optim.zero_grad()
            out.sum().backward()  # TM001-here
            self.optim.step()
            self.after_round()


Learner().fit(2)
