# expect: crash
# nanoGPT-style single-file trainer with an LSTM LM: estimate_loss() switches to eval and the
# model.train() that nanoGPT has at its end was dropped in a refactor (early return on a cache hit).
import math
import torch
import torch.nn as nn
from torch.nn import functional as F

# -----------------------------------------------------------------------------
batch_size = 4
block_size = 16
max_iters = 10
eval_interval = 4
eval_iters = 2
learning_rate = 1e-3
n_embd = 32
# -----------------------------------------------------------------------------
torch.manual_seed(1337)
data = torch.randint(0, 50, (600,))
n = int(0.9 * len(data))
train_data, val_data = data[:n], data[n:]


def get_batch(split):
    d = train_data if split == "train" else val_data
    ix = torch.randint(len(d) - block_size, (batch_size,))
    x = torch.stack([d[i:i + block_size] for i in ix])
    y = torch.stack([d[i + 1:i + block_size + 1] for i in ix])
    return x, y


class RecurrentLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.wte = nn.Embedding(50, n_embd)
        self.rnn = nn.LSTM(n_embd, n_embd, num_layers=2, batch_first=True)
        self.ln_f = nn.LayerNorm(n_embd)
        self.lm_head = nn.Linear(n_embd, 50)

    def forward(self, idx, targets=None):
        h, _ = self.rnn(self.wte(idx))
        logits = self.lm_head(self.ln_f(h))
        loss = None
        if targets is not None:
            loss = F.cross_entropy(logits.view(-1, 50), targets.view(-1))
        return logits, loss


_cache = {}


@torch.no_grad()
def estimate_loss(iter_num):
    if iter_num in _cache:
        return _cache[iter_num]
    out = {}
    model.eval()
    for split in ["train", "val"]:
        losses = torch.zeros(eval_iters)
        for k in range(eval_iters):
            X, Y = get_batch(split)
            _, loss = model(X, Y)
            losses[k] = loss.item()
        out[split] = losses.mean()
    _cache[iter_num] = out
    return out


model = RecurrentLM()
optimizer = torch.optim.AdamW(model.parameters(), lr=learning_rate)


def get_lr(it):
    return learning_rate * 0.5 * (1 + math.cos(math.pi * it / max_iters))


for iter_num in range(max_iters):
    for g in optimizer.param_groups:
        g["lr"] = get_lr(iter_num)
    if iter_num % eval_interval == 0 and iter_num > 0:
        losses = estimate_loss(iter_num)
        print(f"step {iter_num}: train loss {losses['train']:.4f}, val loss {losses['val']:.4f}")
    xb, yb = get_batch("train")
    logits, loss = model(xb, yb)
    optimizer.zero_grad(set_to_none=True)
    loss.backward()  # TM001-here
    optimizer.step()
print("done")
