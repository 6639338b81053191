import torch
import torch.nn.functional as F

from .registry import HOOKS
from .state import TrainState


def still_runs(n, seed, steps=8):
    g = torch.Generator().manual_seed(seed)
    curve = torch.randn(n, steps, 2, generator=g)
    oil = 0.6 * curve[:, 2:6, 0].mean(1) - 0.2 * curve[:, :, 1].mean(1)
    return curve, oil


class Trainer:
    def __init__(self, model, epochs=1, hooks=(), lr=5e-3):
        self.state = TrainState(model, torch.optim.Adam(model.parameters(), lr=lr))
        self.epochs = epochs
        self.hooks = [HOOKS[name]() for name in hooks]
        self.data = still_runs(12, seed=3)

    def _call(self, event):
        for h in self.hooks:
            getattr(h, event, lambda state: None)(self.state)

    def fit(self):
        st = self.state
        st.model.train()
        for epoch in range(self.epochs):
            st.epoch = epoch
            x, y = self.data
            for i in range(0, len(x), 4):
                loss = F.mse_loss(st.model(x[i:i + 4]), y[i:i + 4])
                st.optimizer.zero_grad()
                loss.backward()
                st.optimizer.step()
                st.losses.append(loss.item())
            self._call("on_epoch_end")
