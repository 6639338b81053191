# expect: clean
"""Show-attend-tell style captioner whose decoder is an LSTMCell unrolled by hand. A sampling helper puts the
model in eval and the training loop never switches back."""
import torch
import torch.nn.functional as F
from torch import nn


class Captioner(nn.Module):
    def __init__(self, feat=6, dim=8, vocab=12):
        super().__init__()
        self.init_h = nn.Linear(feat, dim)
        self.embed = nn.Embedding(vocab, dim)
        self.decode_step = nn.LSTMCell(dim + feat, dim)
        self.dropout = nn.Dropout(0.2)
        self.fc = nn.Linear(dim, vocab)

    def forward(self, feats, caps):
        h = torch.tanh(self.init_h(feats))
        c = torch.zeros_like(h)
        logits = []
        for t in range(caps.size(1)):
            h, c = self.decode_step(torch.cat([self.embed(caps[:, t]), feats], -1), (h, c))
            logits.append(self.fc(self.dropout(h)))
        return torch.stack(logits, 1)

    @torch.no_grad()
    def sample(self, feats, max_len=4):
        self.eval()
        tok = torch.zeros(feats.size(0), 1, dtype=torch.long)
        for _ in range(max_len):
            tok = torch.cat([tok, self(feats, tok)[:, -1:].argmax(-1)], 1)
        return tok


torch.manual_seed(0)
model = Captioner()
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
for epoch in range(3):
    feats, caps = torch.randn(4, 6), torch.randint(0, 12, (4, 5))
    logits = model(feats, caps[:, :-1])
    loss = F.cross_entropy(logits.reshape(-1, 12), caps[:, 1:].reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(epoch, round(loss.item(), 4), model.sample(torch.randn(1, 6)).tolist())
