# expect: crash
"""Orienteering splits: an energy model over leg-time sequences.

Contrastive-divergence training: negatives come from short-run Langevin
sampling that starts from noise. The sampler lives on the model and puts it in
eval mode so dropout does not jitter the energy while sampling.
"""
import torch
import torch.nn as nn

torch.manual_seed(2)

N_CONTROLS = 9


class SplitEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(1, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, legs):
        h, _ = self.rnn(legs.unsqueeze(-1))
        return self.out(self.drop(h[:, -1])).squeeze(-1)

    def langevin(self, n, steps=5, step_size=0.1):
        self.eval()
        z = torch.randn(n, N_CONTROLS)
        for _ in range(steps):
            z = z.detach().requires_grad_(True)
            with torch.backends.cudnn.flags(enabled=False):
                e = self(z).sum()
                (g,) = torch.autograd.grad(e, z)
            z = z - step_size * g + (2 * step_size) ** 0.5 * 0.05 * torch.randn_like(z)
        return z.detach()


def real_splits(n=6):
    base = torch.rand(n, 1) * 2 + 3
    return base + 0.3 * torch.randn(n, N_CONTROLS)


def main():
    model = SplitEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for it in range(4):
        pos = real_splits()
        neg = model.langevin(len(pos))
        e_pos = model(pos)
        e_neg = model(neg)
        loss = e_pos.mean() - e_neg.mean() + 0.1 * (e_pos ** 2 + e_neg ** 2).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(f"iter {it} cd loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
