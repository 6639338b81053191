import torch
import torch.nn.functional as F

from .phases import Phase


class Pipeline:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.threshold = None

    def run(self, phase: Phase, x, y):
        phase.prepare(self.model)
        if not phase.updates_weights:
            with torch.no_grad():
                nll = F.cross_entropy(self.model(x), y, reduction="none")
            self.threshold = nll.quantile(0.95).item()
            return self.threshold
        loss = F.cross_entropy(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()
