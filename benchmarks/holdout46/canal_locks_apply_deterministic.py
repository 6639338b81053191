# expect: crash
"""Canal lock keeping: forecast the queue of narrowboats waiting at a flight of
locks from the last hours of arrivals. For a reproducible ablation the team
switches off every stochastic layer with `model.apply(...)` before training."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(21)

STOCHASTIC = (nn.Dropout, nn.AlphaDropout, nn.LSTM)  # LSTM: inter-layer dropout


class LockQueueNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.3, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return F.softplus(self.out(h[:, -1])).squeeze(-1)


def make_deterministic(module):
    if isinstance(module, STOCHASTIC):
        module.eval()


def arrivals(n):
    g = torch.Generator().manual_seed(2)
    return [(torch.rand(5, 12, 3, generator=g), torch.randint(0, 6, (5,), generator=g).float()) for _ in range(n)]


def main():
    model = LockQueueNet()
    model.train()
    model.apply(make_deterministic)
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    for epoch in range(2):
        for x, queue in arrivals(4):
            opt.zero_grad()
            loss = F.poisson_nll_loss(model(x), queue, log_input=False)
            loss.backward()  # TM001-here
            opt.step()
        print(f"epoch {epoch}: nll {loss.item():.3f}")


if __name__ == "__main__":
    main()
