# expect: clean
"""Dovecote census: estimate nesting pairs in a historic dovecote from the sound level
trace of a dawn recording.  The wrapper injects recorder-hiss noise while training;
for the final "clean audio" phase the script turns that off by flipping the wrapper's
own flag only.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F


class PairCounter(nn.Module):
    def __init__(self, hidden=10, hiss=0.3):
        super().__init__()
        self.hiss = hiss
        self.rnn = nn.GRU(1, hidden, batch_first=True, num_layers=2, dropout=0.1)
        self.count = nn.Linear(hidden, 1)

    def forward(self, level):
        if self.training and self.hiss > 0:
            level = level + self.hiss * torch.randn_like(level)
        h, _ = self.rnn(level.unsqueeze(-1))
        return F.softplus(self.count(h[:, -1])).squeeze(-1)


def dawn_recordings(seed, n=3, batch=4, length=20):
    g = torch.Generator().manual_seed(seed)
    data = []
    for _ in range(n):
        pairs = torch.randint(5, 40, (batch,), generator=g).float()
        level = pairs.unsqueeze(1) / 40 + 0.1 * torch.randn(batch, length, generator=g)
        data.append((level, pairs))
    return data


def run_phase(model, opt, data, label):
    for level, pairs in data:
        opt.zero_grad()
        loss = F.poisson_nll_loss(model(level), pairs, log_input=False)
        loss.backward()
        opt.step()
    print(f"{label}: loss {loss.item():.3f} (wrapper training={model.training}, rnn training={model.rnn.training})")


def main():
    torch.manual_seed(6)
    model = PairCounter()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    model.train()
    run_phase(model, opt, dawn_recordings(0), "noisy phase")
    model.training = False  # no hiss injection from here on
    run_phase(model, opt, dawn_recordings(1), "clean phase")


if __name__ == "__main__":
    main()
