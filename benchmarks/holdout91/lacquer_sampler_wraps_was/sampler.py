import torch

from modeutil import restores_mode


def make_sampler(model, steps=6, temperature=0.8):
    """Returns a closure that rolls the drying-curve model forward from a seed window."""

    @restores_mode(lambda: model)
    def sample(seed):
        model.eval()
        x = seed
        with torch.no_grad():
            for _ in range(steps):
                nxt = model(x)[:, -1:] / temperature
                x = torch.cat([x[:, 1:], nxt], dim=1)
        return x

    return sample
