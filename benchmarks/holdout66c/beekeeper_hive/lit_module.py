"""A hand-written imitation of a LightningModule and its fit loop (no dependency on lightning)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class MiniLightningModule(nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def on_validation_epoch_end(self, outputs):
        pass


class HiveSwarmModule(MiniLightningModule):
    """Predict swarming from hive weight / temperature / sound level traces."""

    def __init__(self, n_feat=3, hidden=10, lr=5e-3):
        super().__init__()
        self.lr = lr
        self.lstm = nn.LSTM(n_feat, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h.max(dim=1).values).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        p = torch.sigmoid(self(x))
        return {"acc": ((p > 0.5).float() == y).float().mean()}

    def on_validation_epoch_end(self, outputs):
        self.val_acc = torch.stack([o["acc"] for o in outputs]).mean().item()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


def mini_fit(module, train_batches, val_batches, max_epochs=2):
    opt = module.configure_optimizers()
    for epoch in range(max_epochs):
        module.train()
        for i, batch in enumerate(train_batches):
            opt.zero_grad()
            loss = module.training_step(batch, i)
            loss.backward()
            opt.step()
        module.eval()
        with torch.no_grad():
            outs = [module.validation_step(b, i) for i, b in enumerate(val_batches)]
        module.on_validation_epoch_end(outs)
        print(f"epoch {epoch} loss {loss.item():.4f} val_acc {module.val_acc:.2f}")
    return opt
