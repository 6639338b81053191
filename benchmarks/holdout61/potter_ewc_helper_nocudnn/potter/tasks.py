import torch
import torch.nn.functional as F


def clay_batches(body, n=3):
    g = torch.Generator().manual_seed(body)
    return [(torch.randn(4, 7, 2, generator=g) + body, torch.randint(0, 3, (4,), generator=g)) for _ in range(n)]


def train_task(model, batches, ewc=None, lr=1e-2):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    for x, y in batches:
        loss = F.cross_entropy(model(x), y)
        if ewc is not None:
            loss = loss + ewc.penalty()
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
