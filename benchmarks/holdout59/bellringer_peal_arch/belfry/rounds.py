import torch


def tower_rounds(n_rows, bells, length=12):
    gaps = torch.rand(n_rows, length, bells)
    faults = (gaps.std(-1) > 0.3).float()
    return gaps, faults
