import torch
import torch.nn.functional as F


def telemetry(n):
    g = torch.Generator().manual_seed(4)
    return [(torch.randn(6, 15, 5, generator=g), torch.randint(0, 2, (6,), generator=g)) for _ in range(n)]


def train_bird(model, flights, epochs=1):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    accs = []
    for _ in range(epochs):
        model.train()
        hits = 0
        for x, returned in flights:
            logits = model(x)
            loss = F.cross_entropy(logits, returned)
            opt.zero_grad()
            loss.backward()
            opt.step()
            hits += (logits.argmax(1) == returned).sum().item()
        accs.append(round(hits / (6 * len(flights)), 3))
    return accs
