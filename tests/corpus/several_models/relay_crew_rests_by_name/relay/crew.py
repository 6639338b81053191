from types import SimpleNamespace

import torch


class Coach:
    """One small model per relay leg, kept by leg name in a namespace the coach owns."""

    def __init__(self, runners, lr=1e-2):
        self.squad = SimpleNamespace(runners=dict(runners), benched=set())
        self.opts = {leg: torch.optim.SGD(m.parameters(), lr=lr) for leg, m in runners.items()}

    def warm_up(self):
        for runner in self.squad.runners.values():
            runner.train()

    def rest_anchor(self):
        """The anchor leg sits out the early drills."""
        self.squad.benched.add("anchor")
        self.squad.runners["anchor"].eval()

    def wake_anchor(self):
        self.squad.benched.discard("anchor")
        self.squad.runners["anchor"].train()

    def drill(self, splits, target):
        losses = {}
        for leg, runner in self.squad.runners.items():
            opt = self.opts[leg]
            opt.zero_grad()
            loss = torch.nn.functional.mse_loss(runner(splits), target)
            loss.backward()
            opt.step()
            losses[leg] = loss.item()
        return losses
