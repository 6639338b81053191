# expect: crash
"""Milk-yield forecasting for a dairy herd: a GRU over daily parlour readings.

Callbacks are kept in a plain list and fired by name; the validation callback
scores the held-out cows at the end of every epoch.
"""
import torch
import torch.nn as nn

torch.manual_seed(0)

N_COWS, DAYS, FEATS = 24, 10, 5


class YieldNet(nn.Module):
    def __init__(self, feats=FEATS, hidden=12):
        super().__init__()
        self.embed = nn.Linear(feats, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.embed(x)))
        return self.out(h[:, -1]).squeeze(-1)


class Callback:
    def on_epoch_start(self, trainer):
        pass

    def on_epoch_end(self, trainer):
        pass


class HerdValidation(Callback):
    def __init__(self, xs, ys):
        self.xs, self.ys = xs, ys
        self.history = []

    def on_epoch_end(self, trainer):
        trainer.model.eval()
        with torch.no_grad():
            pred = trainer.model(self.xs)
            self.history.append(nn.functional.l1_loss(pred, self.ys).item())


class PrintLoss(Callback):
    def on_epoch_end(self, trainer):
        print(f"epoch {trainer.epoch} train_loss {trainer.last_loss:.4f}")


class Trainer:
    def __init__(self, model, callbacks, lr=1e-2):
        self.model = model
        self.callbacks = list(callbacks)
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.epoch = 0
        self.last_loss = float("nan")

    def fire(self, name):
        for cb in self.callbacks:
            getattr(cb, name)(self)

    def fit(self, xs, ys, epochs=3, batch=6):
        self.model.train()
        for self.epoch in range(epochs):
            self.fire("on_epoch_start")
            perm = torch.randperm(len(xs))
            for i in range(0, len(xs), batch):
                idx = perm[i:i + batch]
                loss = nn.functional.mse_loss(self.model(xs[idx]), ys[idx])
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
                self.last_loss = loss.item()
            self.fire("on_epoch_end")


def main():
    xs = torch.randn(N_COWS, DAYS, FEATS)
    ys = xs[:, :, 0].mean(1) + 0.1 * torch.randn(N_COWS)
    vx, vy = torch.randn(6, DAYS, FEATS), torch.randn(6)
    trainer = Trainer(YieldNet(), [PrintLoss(), HerdValidation(vx, vy)])
    trainer.fit(xs, ys)
    print("val mae per epoch", trainer.callbacks[1].history)


if __name__ == "__main__":
    main()
