import torch
import torch.nn.functional as F


def curing_logs(n, t=6):
    return [(torch.randn(3, t, 3), torch.rand(3)) for _ in range(max(1, n // 3))]


def fit(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        for x, y in data:
            loss = F.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return model
