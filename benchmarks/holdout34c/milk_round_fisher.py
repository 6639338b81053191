# expect: crash
"""Milk-round routing: two depots each trained a churn-demand model for their rounds.
Merge them by Fisher-weighted averaging, then use the merged model for next week.

The Fisher is estimated with the models in eval mode (no dropout noise).
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(4)
N_STREETS = 25


class ChurnDemand(nn.Module):
    def __init__(self, emb=6, hidden=8):
        super().__init__()
        self.street = nn.Embedding(N_STREETS, emb)
        self.rnn = nn.LSTM(emb + 1, hidden, batch_first=True, dropout=0.0)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, streets, yesterday):
        x = torch.cat([self.street(streets), yesterday.unsqueeze(-1)], -1)
        seq, _ = self.rnn(x)
        return self.head(self.drop(seq)).squeeze(-1)


def round_batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    for _ in range(n):
        streets = torch.randint(0, N_STREETS, (4, 10), generator=g)
        yesterday = torch.rand(4, 10, generator=g) * 3
        yield streets, yesterday, yesterday.round()


def train(model, seed, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for s, y_prev, churns in round_batches(steps, seed):
        opt.zero_grad()
        F.mse_loss(model(s, y_prev), churns).backward()
        opt.step()
    return model


def fisher_diag(model, seed, n=3):
    model.eval()
    names = [n_ for n_, _ in model.named_parameters()]
    params = [p for _, p in model.named_parameters()]
    fisher = [torch.zeros_like(p) for p in params]
    for s, y_prev, churns in round_batches(n, seed + 100):
        loss = F.mse_loss(model(s, y_prev), churns)
        grads = torch.autograd.grad(loss, params)  # TM001-here
        for f, g in zip(fisher, grads):
            f += g.detach() ** 2 / n
    return dict(zip(names, fisher))


def fisher_merge(models, fishers, eps=1e-8):
    merged = ChurnDemand()
    state = {}
    for name, _ in merged.named_parameters():
        num = sum(f[name] * dict(m.named_parameters())[name].detach() for m, f in zip(models, fishers))
        den = sum(f[name] for f in fishers) + eps
        state[name] = num / den
    merged.load_state_dict(state, strict=False)
    return merged


if __name__ == "__main__":
    depots = [train(ChurnDemand(), seed) for seed in (1, 2)]
    fishers = [fisher_diag(m, seed) for m, seed in zip(depots, (1, 2))]
    merged = fisher_merge(depots, fishers)
    print("merged head", merged.head.weight.data[0, :3])
