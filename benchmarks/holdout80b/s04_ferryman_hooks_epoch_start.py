# expect: clean
"""Ferry crossing-time model: a small trainer with overridable hooks."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class CrossingLSTM(nn.Module):
    def __init__(self, n_feat=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.head(h[-1])


class HookTrainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.history = []

    # hooks -------------------------------------------------------------
    def on_fit_start(self):
        self.model.train()

    def on_epoch_start(self, epoch):
        pass

    def on_validation_end(self, val_loss):
        self.history.append(val_loss)

    # loops -------------------------------------------------------------
    def training_step(self, x, y):
        self.opt.zero_grad()
        loss = (self.model(x) - y).pow(2).mean()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, batches):
        self.model.eval()
        with torch.no_grad():
            tot = sum((self.model(x) - y).pow(2).mean().item() for x, y in batches)
        self.on_validation_end(tot / len(batches))

    def fit(self, train, val, epochs=3):
        self.on_fit_start()
        for ep in range(epochs):
            self.on_epoch_start(ep)
            losses = [self.training_step(x, y) for x, y in train]
            self.validate(val)
            print(f"ep {ep} train {sum(losses)/len(losses):.3f} val {self.history[-1]:.3f}")


class FerryTrainer(HookTrainer):
    def on_epoch_start(self, epoch):
        self.model.train()

    def on_validation_end(self, val_loss):
        super().on_validation_end(val_loss)
        if len(self.history) > 1 and val_loss > self.history[-2]:
            for g in self.opt.param_groups:
                g["lr"] *= 0.5


def make(n):
    return [(torch.randn(3, 7, 4), torch.randn(3, 1)) for _ in range(n)]


if __name__ == "__main__":
    FerryTrainer(CrossingLSTM()).fit(make(3), make(2))
