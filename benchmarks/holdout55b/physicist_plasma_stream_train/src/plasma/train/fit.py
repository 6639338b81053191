import torch
import torch.nn.functional as F

from ..data import shot_stream


def fit(model, n_epochs=2, lr=1e-2):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    log = []
    for epoch in range(n_epochs):
        for phase, x, y in shot_stream(model, n_train=2, n_val=1, seed=epoch):
            if phase == "val":
                with torch.no_grad():
                    log.append(F.binary_cross_entropy(model(x), y).item())
                continue
            loss = F.binary_cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
    return log
