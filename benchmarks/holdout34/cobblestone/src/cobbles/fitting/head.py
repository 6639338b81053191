import torch
import torch.nn.functional as F


def van_runs(n, seed, batch=5, length=14, n_sensors=3):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, length, n_sensors, generator=g), torch.rand(batch, generator=g))
            for _ in range(n)]


def pairwise_rank_loss(scores, target):
    diff = scores.unsqueeze(0) - scores.unsqueeze(1)
    sign = torch.sign(target.unsqueeze(0) - target.unsqueeze(1))
    return F.softplus(-sign * diff).mean()


def fit_head(model, epochs):
    opt = torch.optim.Adam(model.head.parameters(), lr=1e-2)
    for epoch in range(epochs):
        model.train()
        for vib, loosen in van_runs(3, seed=epoch):
            opt.zero_grad()
            loss = pairwise_rank_loss(model(vib), loosen)
            loss.backward()
            opt.step()
        print(f"epoch {epoch} rank loss {loss.item():.3f}")
