# expect: crash
"""Per-sample gradient norms for a GRU language model via torch.func.grad + functional_call, looped over
examples (the DP-SGD recipe without vmap). The model is in train mode; functorch still cannot run cuDNN RNNs."""
import torch
import torch.nn as nn
from torch.func import functional_call, grad


class TinyLM(nn.Module):
    def __init__(self, vocab=20):
        super().__init__()
        self.embed = nn.Embedding(vocab, 8)
        self.gru = nn.GRU(8, 16, batch_first=True)
        self.lm_head = nn.Linear(16, vocab)

    def forward(self, tok):
        return self.lm_head(self.gru(self.embed(tok))[0])


lm = TinyLM()
params = {k: v.detach() for k, v in lm.named_parameters()}


def nll(p, tok):
    logits = functional_call(lm, p, (tok[None, :-1],))
    return nn.functional.cross_entropy(logits.flatten(0, 1), tok[1:])


per_example_grad = grad(nll)
batch = torch.randint(0, 20, (3, 9))
norms = []
for seq in batch:
    g = per_example_grad(params, seq)  # TM002-here
    norms.append(torch.sqrt(sum((v ** 2).sum() for v in g.values())))
print("norms", torch.stack(norms))
print("done")
