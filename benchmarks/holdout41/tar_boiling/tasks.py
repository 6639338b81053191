import torch
import torch.nn.functional as F


def season_batches(n, shift, b=4, t=10):
    out = []
    for _ in range(n):
        x = torch.randn(b, t, 3) + shift
        out.append((x, x[:, -3:, 0].mean(1, keepdim=True)))
    return out


def train_season(net, batches, penalty=None, epochs=2):
    opt = torch.optim.SGD(net.parameters(), lr=0.02)
    for _ in range(epochs):
        net.train()
        for x, y in batches:
            loss = F.mse_loss(net(x), y)
            if penalty is not None:
                loss = loss + penalty.penalty(net)
            opt.zero_grad()
            loss.backward()
            opt.step()
