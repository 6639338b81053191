# expect: clean
"""Linear probing: frozen LSTM encoder in eval mode, only the probe on top is trained."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Encoder(nn.Module):
    def __init__(self, vocab=30, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)

    def forward(self, tokens):
        h, _ = self.lstm(self.emb(tokens))
        return h[:, -1]


backbone = Encoder().eval()
backbone.requires_grad_(False)
probe = nn.Linear(8, 2)
opt = torch.optim.Adam(probe.parameters(), lr=1e-2)
for step in range(3):
    x, y = torch.randint(0, 30, (4, 6)), torch.randint(0, 2, (4,))
    feats = backbone(x)
    loss = nn.functional.cross_entropy(probe(feats), y)
    opt.zero_grad()
    loss.backward(inputs=list(probe.parameters()))
    opt.step()
print("done", feats.requires_grad)
