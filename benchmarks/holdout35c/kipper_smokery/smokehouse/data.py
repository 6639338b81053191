import torch


def synthetic_kilns(n_batches, seed=0, batch=3, length=9, n_sensors=6):
    g = torch.Generator().manual_seed(seed)
    batches = []
    for _ in range(n_batches):
        trace = torch.randn(batch, length, n_sensors, generator=g)
        moisture = trace.mean(dim=(1, 2)).unsqueeze(1)
        batches.append((trace, moisture))
    return batches
