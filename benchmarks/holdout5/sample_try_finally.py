# expect: clean
# category: wrappers
"""Seq2seq transliteration model whose `greedy_decode` switches to eval for decoding and restores
the previous mode in a finally block; decoding happens in the middle of training."""
import torch
import torch.nn as nn

torch.manual_seed(37)
SRC_V, TGT_V, BOS = 20, 22, 1


class Seq2Seq(nn.Module):
    def __init__(self, hidden=12):
        super().__init__()
        self.src_emb, self.tgt_emb = nn.Embedding(SRC_V, 8), nn.Embedding(TGT_V, 8)
        self.encoder = nn.GRU(8, hidden, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * hidden, hidden)
        self.decoder = nn.GRU(8, hidden, batch_first=True)
        self.gen = nn.Linear(hidden, TGT_V)

    def encode(self, src):
        _, h = self.encoder(self.src_emb(src))
        return torch.tanh(self.bridge(torch.cat([h[0], h[1]], 1))).unsqueeze(0)

    def forward(self, src, tgt_in):
        out, _ = self.decoder(self.tgt_emb(tgt_in), self.encode(src))
        return self.gen(out)

    def greedy_decode(self, src, max_len=6):
        was_training = self.training
        self.eval()
        try:
            with torch.no_grad():
                h = self.encode(src)
                tok = torch.full((src.size(0), 1), BOS)
                result = []
                for _ in range(max_len):
                    out, h = self.decoder(self.tgt_emb(tok), h)
                    tok = self.gen(out).argmax(-1)
                    result.append(tok)
                return torch.cat(result, 1)
        finally:
            self.train(was_training)


model = Seq2Seq()
opt = torch.optim.Adam(model.parameters(), lr=2e-3)
model.train()
for step in range(6):
    src, tgt = torch.randint(2, SRC_V, (4, 7)), torch.randint(2, TGT_V, (4, 6))
    tgt_in = torch.cat([torch.full((4, 1), BOS), tgt[:, :-1]], 1)
    loss = nn.functional.cross_entropy(model(src, tgt_in).reshape(-1, TGT_V), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    opt.step()
    if step % 2 == 1:
        print(f"step {step}: loss {loss.item():.3f} decoded {model.greedy_decode(src[:1]).tolist()}")
