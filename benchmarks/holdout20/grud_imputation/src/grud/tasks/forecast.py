import torch


def one_step_loss(model, x, mask):
    pred = model(x, mask)[:, :-1]
    m = mask[:, 1:]
    return (((pred - x[:, 1:]) ** 2) * m).sum() / m.sum().clamp(min=1)


def fit_forecaster(model, x, mask, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for s in range(steps):
        loss = one_step_loss(model, x, mask)
        opt.zero_grad()
        loss.backward()
        opt.step()
    print("forecast loss", round(loss.item(), 4))
