import torch


def fake_alignments(n, n_phonemes):
    return [(torch.randint(0, n_phonemes, (4, 9)), torch.randint(1, 6, (4, 9))) for _ in range(n)]
