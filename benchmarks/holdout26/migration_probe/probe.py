import torch


def fix_importance(model, tracks, routes):
    tracks = tracks.clone().requires_grad_(True)
    with torch.backends.cudnn.flags(enabled=False):
        score = model(tracks).gather(1, routes[:, None]).sum()
    score.backward()
    return tracks.grad.norm(dim=-1)
