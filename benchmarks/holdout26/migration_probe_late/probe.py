import torch


def fix_importance(model, tracks, routes):
    tracks = tracks.clone().requires_grad_(True)
    score = model(tracks).gather(1, routes[:, None]).sum()
    with torch.backends.cudnn.flags(enabled=False):
        score.backward()  # TM001-here
    return tracks.grad.norm(dim=-1)
