# expect: crash
"""Kilnman: pyrometric-cone bend prediction, trainer with a list of callbacks."""
import torch
import torch.nn as nn

torch.manual_seed(6)


class ConeNet(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.bend = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.bend(self.gru(x)[0][:, -1]).squeeze(-1)


class Callback:
    def on_fit_start(self, loop): pass
    def on_epoch_start(self, loop, epoch): pass
    def on_epoch_end(self, loop, epoch): pass


class ValidationCallback(Callback):
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.scores = []

    def on_epoch_end(self, loop, epoch):
        loop.model.eval()
        with torch.no_grad():
            self.scores.append(nn.functional.l1_loss(loop.model(self.x), self.y).item())


class PrintCallback(Callback):
    def on_epoch_end(self, loop, epoch):
        print(f"epoch {epoch} train {loop.last_loss:.4f}")


class Loop:
    def __init__(self, model, callbacks):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=5e-3)
        self.last_loss = float("nan")

    def emit(self, hook, *args):
        for cb in self.callbacks:
            getattr(cb, hook)(self, *args)

    def fit(self, batches, epochs):
        self.model.train()
        self.emit("on_fit_start")
        for epoch in range(epochs):
            self.emit("on_epoch_start", epoch)
            for xb, yb in batches:
                self.opt.zero_grad()
                loss = nn.functional.mse_loss(self.model(xb), yb)
                loss.backward()  # TM001-here
                self.opt.step()
                self.last_loss = loss.item()
            self.emit("on_epoch_end", epoch)


def main():
    x = torch.rand(16, 5, 2)
    y = x[:, :, 0].cumsum(1)[:, -1] * 0.3
    batches = [(x[i:i + 4], y[i:i + 4]) for i in range(0, 12, 4)]
    val = ValidationCallback(x[12:], y[12:])
    Loop(ConeNet(), [PrintCallback(), val]).fit(batches, epochs=3)
    print("val", [round(s, 4) for s in val.scores])


if __name__ == "__main__":
    main()
