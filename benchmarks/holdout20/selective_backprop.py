# expect: crash
"""Selective backprop for an EEG seizure detector: per-example losses are
computed in one forward without dropout (eval) to rank the examples, and only
the hardest half is backpropagated -- reusing that same forward to save time."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(34)


class SeizureGRU(nn.Module):
    def __init__(self, ch=4, d=8):
        super().__init__()
        self.gru = nn.GRU(ch, d, batch_first=True, num_layers=2, dropout=0.2)
        self.out = nn.Linear(d, 2)

    def forward(self, x):
        return self.out(self.gru(x)[1][-1])


def selective_step(model, opt, x, y, keep=0.5):
    model.eval()                       # rank without dropout noise
    per_ex = F.cross_entropy(model(x), y, reduction="none")
    k = max(1, int(keep * len(y)))
    hard = per_ex.topk(k).indices
    model.train()
    loss = per_ex[hard].mean()
    opt.zero_grad()
    loss.backward()  # TM001-here
    opt.step()
    return loss.item(), hard.tolist()


if __name__ == "__main__":
    model = SeizureGRU()
    opt = torch.optim.Adam(model.parameters(), 1e-3)
    for i in range(2):
        x, y = torch.randn(6, 16, 4), torch.randint(0, 2, (6,))
        print(i, selective_step(model, opt, x, y))
