import torch
import torch.nn.functional as F


def batches(n=3, scale=1.0):
    x = torch.randn(n, 4, 7, 3) * scale
    return [(b, b[:, -1, 0]) for b in x]


@torch.no_grad()
def validate(model):
    model.eval()
    return sum(F.mse_loss(model(x), y).item() for x, y in batches(2))


def fit(model, epochs, on_improve):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for _ in range(epochs):
        model.train()
        for x, y in batches():
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        score = validate(model)
        if score < best:
            best = score
            on_improve(model)
    return best


def refine(model, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for x, y in batches(steps, scale=1.2):
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()
