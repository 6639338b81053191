import torch


def cleavage_sensitivity(model, taps):
    """Finite-difference sensitivity of the block scores to each tap position."""
    with torch.no_grad():
        base = model(taps)
        out = []
        for t in range(taps.size(1)):
            bumped = taps.clone()
            bumped[:, t] += 1e-2
            out.append(((model(bumped) - base) / 1e-2).abs().mean())
    return torch.stack(out)[:, None]
