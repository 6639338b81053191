def ade(pred, gt):
    return (pred - gt).norm(dim=-1).mean().item()
