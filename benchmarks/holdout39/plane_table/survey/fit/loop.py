import copy

import torch


def _sights(seed, n=4):
    g = torch.Generator().manual_seed(seed)
    s = torch.randn(n, 5, 2, generator=g)
    return s, s.mean(1)


def _val(net):
    net.eval()
    with torch.no_grad():
        s, t = _sights(77, n=8)
        return torch.nn.functional.mse_loss(net(s), t).item()


def fit_with_early_stopping(net, max_epochs=3):
    opt = torch.optim.Adam(net.parameters(), lr=1e-2)
    best_state, best = None, float("inf")
    for epoch in range(max_epochs):
        net.train()
        for step in range(2):
            s, t = _sights(epoch * 3 + step)
            loss = torch.nn.functional.mse_loss(net(s), t)
            opt.zero_grad()
            loss.backward()
            opt.step()
        score = _val(net)
        if score < best:
            best, best_state = score, copy.deepcopy(net.state_dict())
    net.load_state_dict(best_state)
    return best_state, best


def refine(net, steps=2):
    opt = torch.optim.SGD(net.parameters(), lr=1e-3)
    for step in range(steps):
        s, t = _sights(900 + step)
        loss = torch.nn.functional.mse_loss(net(s), t)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return round(loss.item(), 4)
