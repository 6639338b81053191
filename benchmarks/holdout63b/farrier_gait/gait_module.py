import torch
import torch.nn as nn

from mini_lightning import MiniModule


class GaitEnergyModule(MiniModule):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 10, batch_first=True)
        self.cls = nn.Linear(10, 2)
        self.last_val = None

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h[:, -1])

    def training_step(self, batch):
        x, y = batch
        return nn.functional.cross_entropy(self(x), y)

    def validation_step(self, batch):
        self.last_val = batch[0]

    def langevin(self, x, steps=3, step_size=0.05):
        x = x.clone()
        for _ in range(steps):
            x.requires_grad_(True)
            energy = -torch.logsumexp(self(x), dim=1).sum()
            g, = torch.autograd.grad(energy, x)  # TM001-here
            x = (x - step_size * g + 0.01 * torch.randn_like(x)).detach()
        return x

    def on_validation_epoch_end(self):
        with torch.enable_grad():
            samples = self.langevin(torch.randn_like(self.last_val))
        print("langevin sample norm", samples.norm().item())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
