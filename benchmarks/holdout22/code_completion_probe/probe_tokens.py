# expect: crash
"""Code completion GRU: which context tokens drive the next-token logit? (vector-Jacobian probe)."""
import torch

from ccomp.model import CompletionGRU
from ccomp.analysis import token_influence

if __name__ == "__main__":
    torch.manual_seed(0)
    model = CompletionGRU()
    model.train()
    ctx = torch.randint(0, 50, (2, 9))
    infl = token_influence(model, ctx)
    print("most influential positions", infl.argmax(-1).tolist())
