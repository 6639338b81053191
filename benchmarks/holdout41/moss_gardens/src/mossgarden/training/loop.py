import torch
import torch.nn.functional as F


def sensor_batches(n, b=4, t=9, s=5):
    return [(torch.randn(b, t, s), torch.rand(b, 1)) for _ in range(n)]


def fit(model, batches, epochs):
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.Adam(params, lr=1e-2)
    history = []
    for _ in range(epochs):
        model.train()
        for x, y in batches:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()  # TM001-here
            opt.step()
        history.append(loss.item())
    return history
