import torch
import torch.nn.functional as F


def orders(bs=4, weeks=6, n_sizes=5, scale=1.0):
    x = torch.rand(bs, weeks + 1, n_sizes) * scale
    return x[:, :-1], x[:, -1]


@torch.no_grad()
def validate(model):
    model.eval()
    x, y = orders(bs=8)
    return F.l1_loss(model(x), y).item()


def train_season(model, epochs, on_best, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    best = float("inf")
    for _ in range(epochs):
        model.train()
        for _ in range(steps):
            x, y = orders()
            loss = F.l1_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        val = validate(model)
        if val < best:
            best = val
            on_best(model)
    return best


def finetune(model, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(steps):
        x, y = orders(scale=1.3)
        loss = F.l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
