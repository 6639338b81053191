# expect: clean
"""Protein family classification with a BiLSTM over amino-acid tokens.
The loop computes the training loss, then (on logging steps) runs a quick
validation pass -- which switches the model to eval -- *before* calling
backward on the training loss. The training forward already ran in train mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(32)
AA = 21


class FamilyLSTM(nn.Module):
    def __init__(self, d=8, n_fam=4):
        super().__init__()
        self.emb = nn.Embedding(AA, d)
        self.lstm = nn.LSTM(d, d, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * d, n_fam)

    def forward(self, seq):
        return self.out(self.lstm(self.emb(seq))[0].max(1).values)


@torch.no_grad()
def quick_val(model, val):
    model.eval()
    return sum((model(x).argmax(-1) == y).float().mean().item() for x, y in val) / len(val)


model = FamilyLSTM()
opt = torch.optim.Adam(model.parameters(), 1e-3)
train = [(torch.randint(0, AA, (4, 12)), torch.randint(0, 4, (4,))) for _ in range(4)]
val = [(torch.randint(0, AA, (4, 12)), torch.randint(0, 4, (4,)))]
for step, (x, y) in enumerate(train):
    model.train()
    loss = F.cross_entropy(model(x), y)
    if step % 2 == 0:
        print(f"step {step} loss {loss.item():.3f} val acc {quick_val(model, val):.2f}")
    opt.zero_grad()
    loss.backward()
    opt.step()
