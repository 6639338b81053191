import torch
import torch.nn.functional as F


def sample_task(seed, n=6):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 5, 3, generator=g)
    w = torch.randn(3, 3, generator=g)
    return x, x[:, -1] @ w


def val_loss(model, xq, yq):
    model.eval()
    with torch.no_grad():
        return float(F.mse_loss(model(xq), yq))


def adapt(model, task_seed, steps, lr=0.05):
    x, y = sample_task(task_seed)
    xs, ys, xq, yq = x[:4], y[:4], x[4:], y[4:]
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    model.train()
    history = []
    for k in range(steps):
        loss = F.mse_loss(model(xs), ys)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        if k == steps // 2:
            history.append(val_loss(model, xq, yq))
    return history
