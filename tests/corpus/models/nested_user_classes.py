# expect: crash
"""A seq2seq model: the GRUs live inside Encoder/Decoder classes nested in Seq2Seq; eval() on the outer one."""
import torch
import torch.nn as nn


class Encoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 8)
        self.gru = nn.GRU(8, 16, batch_first=True)

    def forward(self, src):
        _, h = self.gru(self.embed(src))
        return h


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.embed = nn.Embedding(30, 8)
        self.gru = nn.GRU(8, 16, batch_first=True)
        self.out = nn.Linear(16, 30)

    def forward(self, tgt, h):
        out, _ = self.gru(self.embed(tgt), h)
        return self.out(out)


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = Encoder()
        self.decoder = Decoder()

    def forward(self, src, tgt):
        return self.decoder(tgt, self.encoder(src))


torch.manual_seed(0)
model = Seq2Seq()
model.eval()
opt = torch.optim.Adam(model.parameters())
src, tgt = torch.randint(0, 30, (4, 7)), torch.randint(0, 30, (4, 6))
logits = model(src, tgt[:, :-1])
loss = nn.functional.cross_entropy(logits.reshape(-1, 30), tgt[:, 1:].reshape(-1))
opt.zero_grad()
loss.backward()  # TM001-here
opt.step()
print(loss.item())
