# expect: clean
# nanoGPT-style trainer with a GRU LM: estimate_loss() is wrapped by a decorator that restores the mode the
# model had, whatever path the function leaves by.
import functools
import torch
import torch.nn as nn
from torch.nn import functional as F

config = dict(batch_size=4, block_size=12, max_iters=9, eval_interval=3, eval_iters=2, lr=2e-3, vocab=40)
torch.manual_seed(7)
data = torch.randint(0, config["vocab"], (500,))


def get_batch(split):
    d = data[:450] if split == "train" else data[450:]
    ix = torch.randint(len(d) - config["block_size"], (config["batch_size"],))
    return (torch.stack([d[i:i + config["block_size"]] for i in ix]),
            torch.stack([d[i + 1:i + 1 + config["block_size"]] for i in ix]))


def evaluating(get_model):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            m = get_model()
            was = m.training
            m.eval()
            try:
                return fn(*a, **kw)
            finally:
                m.train(was)
        return wrapper
    return deco


class GRULM(nn.Module):
    def __init__(self, vocab, d=32):
        super().__init__()
        self.tok = nn.Embedding(vocab, d)
        self.body = nn.GRU(d, d, batch_first=True)
        self.head = nn.Linear(d, vocab)

    def forward(self, idx, targets=None):
        logits = self.head(self.body(self.tok(idx))[0])
        if targets is None:
            return logits, None
        return logits, F.cross_entropy(logits.flatten(0, 1), targets.flatten())


gpt = GRULM(config["vocab"])


@evaluating(lambda: gpt)
@torch.no_grad()
def estimate_loss():
    out = {}
    for split in ("train", "val"):
        ls = [gpt(*get_batch(split))[1].item() for _ in range(config["eval_iters"])]
        out[split] = sum(ls) / len(ls)
        if out[split] != out[split]:
            return out
    return out


opt = torch.optim.AdamW(gpt.parameters(), lr=config["lr"])
for it in range(config["max_iters"]):
    if it % config["eval_interval"] == 0:
        print(it, estimate_loss())
    _, loss = gpt(*get_batch("train"))
    opt.zero_grad(set_to_none=True)
    loss.backward()
    opt.step()
print("done")
