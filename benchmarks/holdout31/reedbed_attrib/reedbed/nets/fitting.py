import torch


def fit(model, steps=3, lr=1e-2):
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    model.train()
    for _ in range(steps):
        x = torch.randn(6, 10, 4)
        y = torch.stack([x[..., 0].mean(1), x[..., 2].mean(1)], dim=1)
        loss = torch.nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
