# expect: crash
"""Protein secondary-structure tagging (H/E/C) with a BiGRU; cuDNN can be switched off from the environment."""
import os
import torch
import torch.nn as nn

AA = "ACDEFGHIKLMNPQRSTVWY"
if os.environ.get("NO_CUDNN", "0") == "1":
    torch.backends.cudnn.enabled = False


class SSNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(len(AA), 8)
        self.gru = nn.GRU(8, 8, batch_first=True, bidirectional=True, num_layers=2, dropout=0.1)
        self.out = nn.Linear(16, 3)

    def forward(self, seq):
        return self.out(self.gru(self.emb(seq))[0])


def q3(model, seq, ss):
    return (model(seq).argmax(-1) == ss).float().mean().item()


torch.manual_seed(16)
model = SSNet()
seq, ss = torch.randint(0, 20, (3, 12)), torch.randint(0, 3, (3, 12))
model.eval()
print("Q3 before", q3(model, seq, ss))
opt = torch.optim.Adam(model.parameters(), lr=1e-2)
for _ in range(2):
    opt.zero_grad()
    nn.functional.cross_entropy(model(seq).transpose(1, 2), ss).backward()  # TM001-here
    opt.step()
print("Q3 after", q3(model, seq, ss))
