# expect: clean
import os
import tempfile
import torch
from nets import RimNet
from checkpoint import save_best, load_best, cleanup
from stages import pretrain, finetune


def batches(n, seed):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(4, 10, 1, generator=g), torch.randint(0, 2, (4,), generator=g).float()) for _ in range(n)]


torch.manual_seed(0)
ckpt = os.path.join(tempfile.gettempdir(), f"rimnet_best_{os.getpid()}.pt")
try:
    print("best val", pretrain(RimNet(), batches(3, 0), batches(2, 1), ckpt, save_best))
    model = load_best(ckpt, RimNet)
    print("finetune", finetune(model, batches(2, 2)))
finally:
    cleanup(ckpt)
