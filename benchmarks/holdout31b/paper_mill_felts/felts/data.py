import torch


def make_batches(n_batches=3, b=4, shifts=9):
    out = []
    for _ in range(n_batches):
        nip = 80 + 10 * torch.randn(b, shifts, 1)
        vac = torch.rand(b, shifts, 1)
        shower = torch.rand(b, shifts, 1)
        perm = -(0.01 * (nip[..., 0] - 80) + 0.3 * vac[..., 0] - 0.2 * shower[..., 0]).cumsum(1)
        out.append((torch.cat([(nip - 80) / 10, vac, shower], -1), perm))
    return out
