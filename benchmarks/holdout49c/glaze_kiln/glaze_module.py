"""A hand-written LightningModule look-alike for the glaze-kiln notebook, plus its tiny loop."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GlazeModule(nn.Module):
    """Kiln thermocouple curve -> glaze finish (matte, satin, gloss, crawled)."""

    def __init__(self, hidden=12, lr=5e-3):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 4)
        self.lr = lr

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out[:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


class MiniLoop:
    def __init__(self, max_epochs=2):
        self.max_epochs = max_epochs

    def validate(self, module, loader):
        module.eval()
        with torch.no_grad():
            accs = [module.validation_step(b) for b in loader]
        return float(sum(accs) / len(accs))

    def fit(self, module, train_loader, val_loader=None):
        opt = module.configure_optimizers()
        for epoch in range(self.max_epochs):
            module.train()
            for batch in train_loader:
                opt.zero_grad()
                module.training_step(batch).backward()
                opt.step()
            if val_loader is not None:
                print(f"epoch {epoch}: val acc {self.validate(module, val_loader):.2f}")
        return module
