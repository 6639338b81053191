import torch
from torch.func import functional_call, vjp


def _per_sample_loss(model, params, wind, sway):
    pred = functional_call(model, params, (wind,))
    return (pred - sway).pow(2).squeeze(-1)


def fisher_trace(model, batch):
    """Empirical Fisher trace: sum over samples of ||d loss_i / d theta||^2, one vjp per sample."""
    wind, sway = batch
    params = {k: v.detach() for k, v in model.named_parameters()}
    total = 0.0
    for i in range(wind.shape[0]):
        xi, yi = wind[i:i + 1], sway[i:i + 1]
        _, pullback = vjp(lambda p: _per_sample_loss(model, p, xi, yi), params)  # TM002-here
        (g,) = pullback(torch.ones(1))
        total += sum(v.pow(2).sum() for v in g.values()).item()
    return total
