import torch
import torch.nn.functional as F


def fit_stage(bundle, data, epochs=2):
    x, y = data
    opt = torch.optim.Adam(list(bundle.forecaster.parameters()) + list(bundle.baseline.parameters()), lr=1e-2)
    for _ in range(epochs):
        bundle.forecaster.train()
        opt.zero_grad()
        loss = F.mse_loss(bundle.forecaster(x), y) + F.mse_loss(bundle.baseline(x[:, -1]).squeeze(-1), y)
        loss.backward()
        opt.step()
    # downstream stages only analyse; freeze the mode for them
    return bundle._replace(forecaster=bundle.forecaster.eval())
