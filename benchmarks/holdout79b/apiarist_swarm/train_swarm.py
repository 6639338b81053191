# expect: crash
"""Apiarist swarm warning: a hand-written LightningModule look-alike classifies hive
acoustics; a logging callback records input saliency at the end of validation."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from hivelite import LiteModule, LiteTrainer, SaliencyLogger


class SwarmModule(LiteModule):
    def __init__(self, n_bands=6, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(n_bands, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h.mean(1))

    def training_step(self, batch):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch):
        x, y = batch
        acc = (self(x).argmax(-1) == y).float().mean()
        self.log("val_acc", acc.item())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)


def loaders(seed=0):
    g = torch.Generator().manual_seed(seed)
    mk = lambda: (torch.randn(4, 8, 6, generator=g), torch.randint(0, 2, (4,), generator=g))
    return [mk() for _ in range(3)], [mk() for _ in range(2)]


if __name__ == "__main__":
    train, val = loaders()
    trainer = LiteTrainer(max_epochs=2, callbacks=[SaliencyLogger(every=1)])
    trainer.fit(SwarmModule(), train, val)
    for k, v in sorted(trainer.logged.items()):
        print(k, v[-1])
