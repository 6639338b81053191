import torch.nn.functional as F


def fit_phase(engine, data, steps=2):
    x, y = data
    engine.model.train()
    last = None
    for _ in range(steps):
        engine.opt.zero_grad()
        loss = F.mse_loss(engine.model(x), y)
        loss.backward()
        engine.opt.step()
        last = loss.item()
    return round(last, 4)
