# expect: crash
import torch

import kelp


def site_batches(seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.rand(5, 9, 3, generator=g), torch.rand(5, 1, generator=g)) for _ in range(2)]


if __name__ == "__main__":
    print("available:", kelp.registered())
    model = kelp.build("kelp-gru")
    print("losses", [round(v, 4) for v in kelp.finetune(model, site_batches())])
