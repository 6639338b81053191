import torch
import torch.nn as nn


class LiteModule(nn.Module):
    def training_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def train_dataloader(self):
        raise NotImplementedError


class BarrowCritic(LiteModule):
    def __init__(self, hidden, gp_weight):
        super().__init__()
        self.rnn = nn.LSTM(3, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)
        self.gp_weight = gp_weight

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h[:, -1])

    def gradient_penalty(self, real, fake):
        a = torch.rand(real.size(0), 1, 1)
        mix = (a * real + (1 - a) * fake).requires_grad_(True)
        out = self(mix)
        g, = torch.autograd.grad(out.sum(), mix, create_graph=True)
        return ((g.flatten(1).norm(dim=1) - 1) ** 2).mean()

    def training_step(self, batch, idx):
        real, fake = batch
        w = self(fake).mean() - self(real).mean()
        gp = self.gradient_penalty(real, fake)
        return {"loss": w + self.gp_weight * gp, "gp": gp.detach()}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3, betas=(0.5, 0.9))

    def train_dataloader(self):
        return [(torch.randn(4, 5, 3), torch.randn(4, 5, 3) * 0.5) for _ in range(3)]
