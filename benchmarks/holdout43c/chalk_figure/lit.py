"""A hand-written imitation of a LightningModule + Trainer, small enough to read in one go.

Used by the chalk hill-figure notebooks: quarterly drone surveys of a chalk figure (grass cover, edge
sharpness, rainfall, visitor footfall, sheep grazing days) -> does the figure need scouring this year?
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LitModule(nn.Module):
    def configure_optimizers(self):
        raise NotImplementedError

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def predict_step(self, batch, batch_idx):
        return self(batch[0])


class ScourNeeded(LitModule):
    def __init__(self, n_feats=5, hidden=10, lr=1e-2):
        super().__init__()
        self.lr = lr
        self.encoder = nn.LSTM(n_feats, hidden, batch_first=True)
        self.head = nn.Sequential(nn.Linear(hidden, hidden), nn.ReLU(), nn.Linear(hidden, 1))

    def encode(self, x):
        out, (h, c) = self.encoder(x)
        return h[-1]

    def forward(self, x):
        return self.head(self.encode(x)).squeeze(-1)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return {"val_loss": F.binary_cross_entropy_with_logits(self(x), y).item()}


class MiniTrainer:
    def __init__(self, max_epochs=3, batch_size=8):
        self.max_epochs = max_epochs
        self.batch_size = batch_size
        self.logged = []

    def _loader(self, data):
        x, y = data
        for i in range(0, len(x), self.batch_size):
            yield x[i:i + self.batch_size], y[i:i + self.batch_size]

    def fit(self, module, train_data, val_data=None):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for i, batch in enumerate(self._loader(train_data)):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()
                opt.step()
            if val_data is not None:
                module.eval()
                with torch.no_grad():
                    outs = [module.validation_step(b, i) for i, b in enumerate(self._loader(val_data))]
                self.logged.append(sum(o["val_loss"] for o in outs) / len(outs))
        return module

    def predict(self, module, data):
        module.eval()
        with torch.no_grad():
            return torch.cat([module.predict_step(b, i) for i, b in enumerate(self._loader(data))])
