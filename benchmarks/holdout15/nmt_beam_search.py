# expect: clean
"""OpenSeq2Seq-flavoured NMT: GRU encoder-decoder with Bahdanau attention,
trained with teacher forcing, validated with beam search (eval, no_grad, length
penalty), then training resumes -- the epoch function starts with
`self.model.train()`.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

V, H, BOS, EOS = 18, 10, 1, 2


class Seq2Seq(nn.Module):
    def __init__(self):
        super().__init__()
        self.src_emb, self.tgt_emb = nn.Embedding(V, H), nn.Embedding(V, H)
        self.encoder = nn.GRU(H, H, batch_first=True)
        self.decoder = nn.GRU(2 * H, H, batch_first=True)
        self.attn = nn.Linear(2 * H, 1)
        self.proj = nn.Linear(H, V)

    def encode(self, src):
        return self.encoder(self.src_emb(src))

    def decode_step(self, tok, h, mem):
        q = h[-1].unsqueeze(1).expand_as(mem)
        a = F.softmax(self.attn(torch.cat([q, mem], -1)).squeeze(-1), -1)
        ctx = (a.unsqueeze(-1) * mem).sum(1, keepdim=True)
        out, h = self.decoder(torch.cat([self.tgt_emb(tok), ctx], -1), h)
        return self.proj(out[:, -1]).log_softmax(-1), h


def beam_search(model, src, beam=3, max_len=5, alpha=0.6):
    mem, h = model.encode(src)
    beams = [([BOS], 0.0, h)]
    for _ in range(max_len):
        cand = []
        for toks, score, hh in beams:
            if toks[-1] == EOS:
                cand.append((toks, score, hh))
                continue
            logp, h2 = model.decode_step(torch.tensor([[toks[-1]]]), hh, mem)
            top = logp[0].topk(beam)
            cand += [(toks + [i.item()], score + v.item(), h2) for v, i in zip(top.values, top.indices)]
        beams = sorted(cand, key=lambda c: c[1] / (((5 + len(c[0])) / 6) ** alpha), reverse=True)[:beam]
    return beams[0][0]


class NMTTrainer:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)

    def train_epoch(self, pairs):
        self.model.train()
        for src, tgt in pairs:
            mem, h = self.model.encode(src)
            loss = 0.0
            for t in range(tgt.size(1) - 1):
                logp, h = self.model.decode_step(tgt[:, t:t + 1], h, mem)
                loss = loss + F.nll_loss(logp, tgt[:, t + 1])
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    def validate(self, src):
        self.model.eval()
        with torch.no_grad():
            return beam_search(self.model, src)


torch.manual_seed(0)
trainer = NMTTrainer(Seq2Seq())
pairs = [(torch.randint(3, V, (2, 6)), torch.randint(3, V, (2, 5))) for _ in range(3)]
for epoch in range(2):
    print(epoch, trainer.train_epoch(pairs), trainer.validate(pairs[0][0][:1]))
