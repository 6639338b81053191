import torch
import torch.nn.functional as F

from .data import arrivals


class Engine:
    def __init__(self, model, cfg):
        self.model = model
        self.cfg = cfg
        self.gen = torch.Generator().manual_seed(cfg["seed"])
        self.temperature = torch.nn.Parameter(torch.ones(1))
        self.history = []

    def _batch(self):
        return arrivals(self.cfg["batch"], self.cfg["seq_len"], self.gen)

    def _set_mode(self, mode):
        getattr(self.model, mode)()

    def run_phase(self, name, opts):
        self._set_mode(opts["mode"])
        handler = getattr(self, f"phase_{name}")
        handler(opts)

    def phase_warmup(self, opts):
        opt = torch.optim.Adam(self.model.parameters(), lr=opts["lr"])
        for _ in range(opts["steps"]):
            x, y = self._batch()
            loss = F.cross_entropy(self.model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            self.history.append(("warmup", loss.item()))

    def logits(self, x):
        return self.model(x)

    def phase_calibrate(self, opts):
        opt = torch.optim.SGD([self.temperature], lr=opts["lr"])
        for _ in range(opts["steps"]):
            x, y = self._batch()
            z = self.logits(x)
            nll = F.cross_entropy(z / self.temperature, y)
            opt.zero_grad()
            nll.backward()  # TM001-here
            opt.step()
            self.history.append(("calibrate", nll.item()))

    def phase_report(self, opts):
        with torch.no_grad():
            x, y = self._batch()
            acc = (self.logits(x).argmax(-1) == y).float().mean().item()
        print("acc", round(acc, 3), "steps", len(self.history))
