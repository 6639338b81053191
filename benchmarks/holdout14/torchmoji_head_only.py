# expect: clean
"""torchMoji 'last' fine-tuning: the pretrained BiLSTMs and embedding are frozen, only the attention + softmax
layers are trained; the model stays in eval after the initial validation pass (so dropout stays off)."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TorchMoji(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 8)
        self.lstm_0 = nn.LSTM(8, 5, batch_first=True, bidirectional=True)
        self.lstm_1 = nn.LSTM(10, 5, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(18, 1)
        self.output_layer = nn.Linear(18, 2)

    def forward(self, x):
        e = self.embed(x)
        h0, _ = self.lstm_0(e)
        h1, _ = self.lstm_1(h0)
        feats = torch.cat([h1, e], -1)
        w = F.softmax(self.attn(feats).squeeze(-1), 1)
        return self.output_layer((feats * w.unsqueeze(-1)).sum(1))


model = TorchMoji()
for module in (model.embed, model.lstm_0, model.lstm_1):
    for p in module.parameters():
        p.requires_grad_(False)

X, y = torch.randint(0, 30, (8, 6)), torch.randint(0, 2, (8,))
model.eval()
with torch.no_grad():
    print("val acc before", (model(X).argmax(-1) == y).float().mean().item())
opt = torch.optim.Adam(filter(lambda p: p.requires_grad, model.parameters()), lr=1e-2)
for step in range(4):
    opt.zero_grad()
    F.cross_entropy(model(X), y).backward()
    opt.step()
print("trained head only")
