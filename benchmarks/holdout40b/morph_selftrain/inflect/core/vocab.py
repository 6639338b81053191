import torch

CHARS = list("<>abcdefghik")
TAGS = ["V;PST", "V;PRS;3;SG", "N;PL"]
LEN = 6


def toy_pairs(n, seed):
    g = torch.Generator().manual_seed(seed)
    lemmas = torch.randint(2, len(CHARS), (n, LEN), generator=g)
    tags = torch.randint(len(TAGS), (n,), generator=g)
    forms = torch.roll(lemmas, shifts=1, dims=1)
    forms[:, -1] = tags + 2
    return lemmas, tags, forms
