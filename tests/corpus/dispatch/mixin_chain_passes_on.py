# expect: clean
"""The same learner whose checkpoint mixin passes before_round() on: the train-mode mixin next in the
MRO (not a base of the checkpoint mixin) puts the GRU back in train mode every round."""
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
        super().before_round()

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
            out.sum().backward()
            self.optim.step()
            self.after_round()


Learner().fit(2)
