import torch
import torch.nn.functional as F

from .modes import Evaluating, resolve_scope


def traverse_batch(n=4, t=6, f=3):
    x = torch.randn(n, t, f)
    return x, x[:, :, 1].cumsum(1)[:, -1] * 0.1


class Engine:
    def __init__(self, model, settings):
        self.model = model
        self.settings = settings
        self.opt = torch.optim.Adam(model.parameters(), lr=settings["optim"]["lr"])
        self.log = []
        self.scores = None

    def run(self):
        for name in self.settings["phases"]:
            getattr(self, f"phase_{name}")()

    def phase_fit(self):
        self.model.train()
        x, y = traverse_batch()
        self.opt.zero_grad()
        loss = F.mse_loss(self.model(x), y)
        loss.backward()
        self.opt.step()
        self.log.append(("fit", round(loss.item(), 4)))

    def phase_score(self):
        scope = resolve_scope(self.model, self.settings["score"]["scope"])
        x, y = traverse_batch()
        with Evaluating(scope):
            self.model.zero_grad()
            loss = F.mse_loss(self.model(x), y)
            loss.backward()  # TM001-here
        w = self.model.rnn.weight_hh_l0
        self.scores = (w * w.grad).abs().sum(1)
        self.model.zero_grad()

    def phase_report(self):
        self.log.append(("score", [round(s, 4) for s in self.scores.tolist()[:3]]))
