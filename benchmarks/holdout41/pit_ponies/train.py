# expect: clean
"""Pit-pony shift fatigue classifier, written against a tiny Lightning-like API."""
import torch
from torch import nn

from ponyfit import PonyModule, PonyTrainer
from ponyfit.core.data import shift_batches


class FatigueModule(PonyModule):
    def __init__(self, n_in=6, hidden=10, n_cls=3):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)
        self.loss_fn = nn.CrossEntropyLoss()

    def forward(self, x):
        out, _ = self.gru(torch.tanh(self.embed(x)))
        return self.cls(out.mean(1))

    def training_step(self, batch):
        x, y = batch
        return self.loss_fn(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return (self(x).argmax(-1) == y).float().mean()

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05, momentum=0.9)


if __name__ == "__main__":
    torch.manual_seed(0)
    module = FatigueModule()
    trainer = PonyTrainer(max_epochs=3, sanity_steps=1)
    trainer.fit(module, shift_batches(5), shift_batches(2))
    print("metrics", trainer.logged)
