# expect: crash
"""Prompt tuning a frozen LSTM encoder: only the soft prompt is optimised (backward(inputs=...))."""
import torch
import torch.nn as nn

torch.manual_seed(5)


class Encoder(nn.Module):
    def __init__(self, vocab=30, d=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, d)
        self.lstm = nn.LSTM(d, d, batch_first=True)
        self.cls = nn.Linear(d, 2)

    def forward(self, tokens, prefix=None):
        e = self.emb(tokens)
        if prefix is not None:
            e = torch.cat([prefix.expand(e.size(0), -1, -1), e], 1)
        h, _ = self.lstm(e)
        return self.cls(h[:, -1])


backbone = Encoder()
backbone.eval()
for p in backbone.parameters():
    p.requires_grad_(False)

prompt = nn.Parameter(torch.randn(1, 3, 8) * 0.1)
opt = torch.optim.Adam([prompt], lr=1e-2)
for step in range(3):
    x, y = torch.randint(0, 30, (4, 6)), torch.randint(0, 2, (4,))
    loss = nn.functional.cross_entropy(backbone(x, prompt), y)
    opt.zero_grad()
    loss.backward(inputs=[prompt])  # TM001-here
    opt.step()
print("done")
