import torch
import torch.nn as nn
import torch.nn.functional as F

from .base import BaseAgent


class BiEncoder(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.ctx_rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.cand_rnn = nn.GRU(hidden, hidden, batch_first=True)

    def encode(self, rnn, tokens):
        _, h = rnn(self.emb(tokens))
        return h[-1]

    def forward(self, ctx, cands):
        c = self.encode(self.ctx_rnn, ctx)
        b, n, t = cands.shape
        k = self.encode(self.cand_rnn, cands.view(b * n, t)).view(b, n, -1)
        return torch.einsum("bd,bnd->bn", c, k)


class RankerAgent(BaseAgent):
    def __init__(self, opt):
        super().__init__(opt)
        self.model = BiEncoder(opt["vocab"], opt["hiddensize"])
        self.optimizer = torch.optim.Adam(self.model.parameters(), lr=opt["lr"])

    def fake_batch(self):
        o = self.opt
        return {"text_vec": torch.randint(0, o["vocab"], (o["batchsize"], 6)),
                "cand_vecs": torch.randint(0, o["vocab"], (o["batchsize"], o["num_cands"], 4)),
                "label_idx": torch.zeros(o["batchsize"], dtype=torch.long)}

    def train_step(self, batch):
        self.model.train()
        self.optimizer.zero_grad()
        scores = self.model(batch["text_vec"], batch["cand_vecs"])
        loss = F.cross_entropy(scores, batch["label_idx"])
        loss.backward()
        self.optimizer.step()
        return {"loss": loss.item()}

    def eval_step(self, batch):
        self.model.eval()
        with torch.no_grad():
            scores = self.model(batch["text_vec"], batch["cand_vecs"])
        return {"hits@1": float((scores.argmax(-1) == batch["label_idx"]).float().mean())}
