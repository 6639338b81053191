# expect: crash
"""Named-entity linking: a BiLSTM mention encoder scored against candidate entity embeddings.

Hard negatives are mined with the current model. The phase lives in a `contextvars.ContextVar`
and the model's mode follows it whenever `sync_mode` is called.
"""
import contextvars
import torch
import torch.nn as nn
import torch.nn.functional as F

PHASE = contextvars.ContextVar("phase", default="train")
N_ENT, DIM = 20, 8


class MentionEncoder(nn.Module):
    def __init__(self, vocab=30, dim=DIM):
        super().__init__()
        self.emb = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim // 2, bidirectional=True, batch_first=True)

    def forward(self, toks):
        h, _ = self.lstm(self.emb(toks))
        return h.mean(1)


def sync_mode(model):
    model.train(PHASE.get() == "train")


def mine_hard_negatives(enc, ent_table, toks, gold, k=3):
    token = PHASE.set("mine")
    try:
        sync_mode(enc)
        scores = enc(toks) @ ent_table.weight.t()
        scores = scores.scatter(1, gold[:, None], float("-inf"))
        return scores.topk(k, dim=1).indices, scores
    finally:
        PHASE.reset(token)


def main():
    torch.manual_seed(0)
    enc = MentionEncoder()
    ents = nn.Embedding(N_ENT, DIM)
    opt = torch.optim.Adam(list(enc.parameters()) + list(ents.parameters()), lr=1e-3)
    sync_mode(enc)
    for step in range(2):
        toks = torch.randint(0, 30, (4, 5))
        gold = torch.randint(0, N_ENT, (4,))
        negs, neg_scores = mine_hard_negatives(enc, ents, toks, gold)
        pos = (enc(toks) * ents(gold)).sum(-1)
        hard = neg_scores.gather(1, negs)
        loss = F.relu(0.5 - pos[:, None] + hard).mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        sync_mode(enc)
        print(step, float(loss))


if __name__ == "__main__":
    main()
