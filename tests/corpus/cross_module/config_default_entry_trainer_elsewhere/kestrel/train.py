import torch
import torch.nn.functional as F


def flights(n):
    g = torch.Generator().manual_seed(4)
    return [(torch.randn(6, 15, 5, generator=g), torch.randint(0, 2, (6,), generator=g)) for _ in range(n)]


def fit_bird(model, batches, epochs=1):
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=1e-2)
    for _ in range(epochs):
        model.train()
        for x, y in batches:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
    return loss.item()
