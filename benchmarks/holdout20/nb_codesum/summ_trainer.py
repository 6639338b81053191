"""Code summarisation: GRU encoder over code tokens, GRU decoder over the docstring."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class CodeSummariser(nn.Module):
    def __init__(self, n_code=40, n_doc=25, d=8):
        super().__init__()
        self.code_emb = nn.Embedding(n_code, d)
        self.doc_emb = nn.Embedding(n_doc, d)
        self.enc = nn.GRU(d, d, batch_first=True, bidirectional=True)
        self.bridge = nn.Linear(2 * d, d)
        self.dec = nn.GRU(d, d, batch_first=True)
        self.out = nn.Linear(d, n_doc)

    def forward(self, code, doc_in):
        _, h = self.enc(self.code_emb(code))
        h0 = torch.tanh(self.bridge(torch.cat([h[0], h[1]], -1))).unsqueeze(0)
        return self.out(self.dec(self.doc_emb(doc_in), h0)[0])


def unigram_bleu(hyp, ref):
    hyp, ref = hyp.tolist(), ref.tolist()
    return sum(int(h in ref) for h in hyp) / max(len(hyp), 1)


class Trainer:
    def __init__(self, model, lr=3e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.model.train()

    def train_steps(self, batches):
        for code, doc in batches:
            logits = self.model(code, doc[:, :-1])
            loss = F.cross_entropy(logits.flatten(0, 1), doc[:, 1:].flatten(), ignore_index=0)
            self.opt.zero_grad()
            loss.backward()  # TM001-here
            self.opt.step()
        return loss.item()

    def evaluate_bleu(self, batches):
        self.model.eval()
        scores = []
        with torch.no_grad():
            for code, doc in batches:
                pred = self.model(code, doc[:, :-1]).argmax(-1)
                scores += [unigram_bleu(p, r) for p, r in zip(pred, doc[:, 1:])]
        return sum(scores) / len(scores)
