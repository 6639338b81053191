import torch


def stretch_logs(n, seed=0, batch=6, visits=5, n_obs=4):
    g = torch.Generator().manual_seed(seed)
    logs = []
    for _ in range(n):
        obs = torch.randn(batch, visits, n_obs, generator=g)
        weight = obs[..., 0].cumsum(dim=1)[:, -1:] * 0.2 + 3.0
        logs.append((obs, weight))
    return logs
