import torch
import torch.nn.functional as F

from ..data import phase_stream, prefetch


class Runner:
    def __init__(self, model, lr, prefetch=False):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.prefetch = prefetch

    def _train_batch(self, x, y):
        loss = F.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()

    def _val_batch(self, x, y):
        with torch.no_grad():
            return F.l1_loss(self.model(x), y).item()

    def epoch(self, train, val):
        stream = phase_stream(self.model, train, val)
        if self.prefetch:
            stream = prefetch(stream)
        out = {"train": [], "val": []}
        for phase, (x, y) in stream:
            step = self._train_batch if phase == "train" else self._val_batch
            out[phase].append(step(x, y))
        return {k: round(sum(v) / len(v), 4) for k, v in out.items()}
