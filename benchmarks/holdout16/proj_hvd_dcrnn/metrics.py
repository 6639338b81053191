def masked_mae(pred, target, null_val=0.0):
    mask = (target != null_val).float()
    mask = mask / mask.mean()
    return ((pred - target).abs() * mask).mean()
