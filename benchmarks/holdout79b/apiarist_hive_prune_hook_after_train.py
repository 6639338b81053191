# expect: clean
"""Apiarist hive-weight forecasting. A small trainer with overridable hooks; the
subclass computes gradient-based pruning scores on the validation batch."""
import torch
import torch.nn as nn

torch.manual_seed(1)


class HiveLSTM(nn.Module):
    def __init__(self, n_feat=5, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1]).squeeze(-1)


class BaseTrainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=lr)
        self.history = []

    def on_epoch_end(self, epoch):
        pass

    def on_validation_end(self, batch, metrics):
        pass

    def training_step(self, batch):
        x, y = batch
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()

    def validate(self, batch):
        self.model.eval()
        x, y = batch
        with torch.no_grad():
            mse = nn.functional.mse_loss(self.model(x), y).item()
        metrics = {"val_mse": mse}
        self.model.train()
        self.on_validation_end(batch, metrics)
        return metrics

    def fit(self, train_batches, val_batch, epochs=2):
        for epoch in range(epochs):
            self.model.train()
            losses = [self.training_step(b) for b in train_batches]
            metrics = self.validate(val_batch)
            self.history.append((sum(losses) / len(losses), metrics))
            self.on_epoch_end(epoch)
        return self.history


class PruningTrainer(BaseTrainer):
    """Adds |w * dL/dw| saliency scores measured on held-out data."""

    def __init__(self, model, **kw):
        super().__init__(model, **kw)
        self.scores = {}

    def on_validation_end(self, batch, metrics):
        x, y = batch
        self.model.zero_grad()
        loss = nn.functional.mse_loss(self.model(x), y)
        loss.backward()
        for name, p in self.model.named_parameters():
            if p.grad is not None:
                self.scores[name] = (p.detach() * p.grad).abs().mean().item()
        self.model.zero_grad()
        metrics["n_scored"] = len(self.scores)

    def on_epoch_end(self, epoch):
        worst = min(self.scores, key=self.scores.get) if self.scores else None
        print(f"epoch {epoch}: least salient tensor = {worst}")


def make_batches(n, b=4, t=9):
    return [(torch.randn(b, t, 5), torch.randn(b)) for _ in range(n)]


if __name__ == "__main__":
    trainer = PruningTrainer(HiveLSTM())
    hist = trainer.fit(make_batches(3), make_batches(1)[0])
    print(hist[-1])
