def relative_error(pred, target):
    denom = target.abs().sum().item()
    return (pred - target).abs().sum().item() / denom
