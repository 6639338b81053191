from typing import NamedTuple

import torch


class Batch(NamedTuple):
    hist_items: torch.Tensor
    hist_cates: torch.Tensor
    target_item: torch.Tensor
    target_cate: torch.Tensor
    clicked: torch.Tensor


def make_batches(n_batches, batch, seq, n_items, n_cates, seed):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n_batches):
        out.append(Batch(
            torch.randint(n_items, (batch, seq), generator=g),
            torch.randint(n_cates, (batch, seq), generator=g),
            torch.randint(n_items, (batch,), generator=g),
            torch.randint(n_cates, (batch,), generator=g),
            torch.randint(2, (batch,), generator=g).float(),
        ))
    return out
