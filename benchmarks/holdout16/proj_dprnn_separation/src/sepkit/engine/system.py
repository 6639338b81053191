import itertools

import torch


def pit_mse(est, ref):
    n = est.size(1)
    t = min(est.size(-1), ref.size(-1))
    losses = []
    for perm in itertools.permutations(range(n)):
        losses.append(((est[:, list(perm), :t] - ref[:, :, :t]) ** 2).mean((1, 2)))
    return torch.stack(losses, 1).min(1).values.mean()


class System:
    """Holds model + optimiser; `mode` is a cached property to avoid redundant
    train()/eval() calls on every batch."""

    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self._mode = "train"

    @property
    def mode(self):
        return self._mode

    @mode.setter
    def mode(self, value):
        if value == self._mode:
            return
        self._mode = value
        self.model.train(value == "train")

    def common_step(self, batch):
        mix, srcs = batch
        return pit_mse(self.model(mix), srcs)

    @torch.no_grad()
    def validation_step(self, batch):
        self.model.eval()
        return self.common_step(batch).item()
