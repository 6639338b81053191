# expect: crash
"""Data valuation by gradient similarity: after a short warm-up, a helper takes each batch's parameter gradient with torch.func.vjp through
the model (a GRU picked by name in another module), called once for the validation batch and again in a loop. On a GPU the
transform fails inside cuDNN; the fix switches cuDNN off around the transform in the helper, which covers every call
(not around the first call only)."""
import torch

from valuing import Valuer

torch.manual_seed(0)
valuer = Valuer()
valuer.warmup()
print(valuer.values())
