import torch
import torch.nn.functional as F


def train_model(model, steps=3, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(steps):
        x = torch.randn(5, 4, 3)
        y = (x[:, :, 0].mean(0) > 0).long()
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return model
