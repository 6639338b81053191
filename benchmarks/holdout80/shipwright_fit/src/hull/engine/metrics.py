def mean_abs(pred, target):
    return (pred - target).abs().mean().item()
