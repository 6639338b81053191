import torch


def segment(frames, win=5, hop=3):
    return torch.stack([frames[i:i + win] for i in range(0, frames.shape[0] - win + 1, hop)])


def pair_labels(spk):
    return (spk[:, None] == spk[None, :]).float()
