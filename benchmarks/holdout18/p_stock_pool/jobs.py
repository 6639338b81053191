import torch


def score_ticker(model, x, y):
    model.eval()
    with torch.no_grad():
        return ((model(x) - y) ** 2).mean().item()


def refit_ticker(model, x, y, steps=2):
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    for _ in range(steps):
        opt.zero_grad()
        loss = ((model(x) - y) ** 2).mean()
        loss.backward()  # TM001-here
        opt.step()
    return loss.item()
