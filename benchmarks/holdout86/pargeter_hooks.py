# expect: crash
"""Plaster-cure forecasting with callbacks dispatched by hook name."""
import torch
from torch import nn
import torch.nn.functional as F

torch.manual_seed(11)


class CureNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


class FreezeStatsCallback:
    """Puts the model in eval so dropout/normalisation statistics stay fixed."""

    def on_epoch_start(self, loop):
        loop.model.eval()


class RestoreTrainCallback:
    def on_epoch_end(self, loop):
        loop.model.train()


class Loop:
    HOOKS = ("on_epoch_start", "on_epoch_end")

    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = callbacks
        self.opt = torch.optim.SGD(model.parameters(), lr=0.05)

    def fire(self, hook):
        for cb in self.callbacks:
            if hasattr(cb, hook):
                getattr(cb, hook)(self)

    def run(self, data, epochs=2):
        for _ in range(epochs):
            self.fire("on_epoch_start")
            for x, y in data:
                self.opt.zero_grad()
                loss = F.mse_loss(self.model(x), y)
                loss.backward()  # TM001-here
                self.opt.step()
            self.fire("on_epoch_end")
        return loss.item()


if __name__ == "__main__":
    data = [(torch.randn(4, 8, 3), torch.randn(4)) for _ in range(3)]
    loop = Loop(CureNet(), [FreezeStatsCallback(), RestoreTrainCallback()])
    print("loss", loop.run(data))
