# expect: crash
"""Token- and sequence-level unlikelihood training for an LSTM language model.

The sequence-level term penalises repeated n-grams in the model's own greedy continuations.
"""
import torch
import torch.nn as nn
import torch.nn.functional as F

V = 16


class LSTMLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, 8)
        self.rnn = nn.LSTM(8, 12, batch_first=True)
        self.head = nn.Linear(12, V)

    def forward(self, x):
        h, _ = self.rnn(self.emb(x))
        return self.head(h)

    def generate(self, prefix, steps=5):
        self.eval()
        seq = prefix
        all_logits = []
        for _ in range(steps):
            logits = self(seq)[:, -1]
            all_logits.append(logits)
            seq = torch.cat([seq, logits.argmax(-1, keepdim=True)], 1)
        return seq[:, prefix.shape[1]:], torch.stack(all_logits, 1)


def repeated_ngram_mask(seq, n=2):
    mask = torch.zeros_like(seq, dtype=torch.bool)
    for b in range(seq.shape[0]):
        seen = set()
        toks = seq[b].tolist()
        for i in range(len(toks) - n + 1):
            g = tuple(toks[i:i + n])
            if g in seen:
                mask[b, i + n - 1] = True
            seen.add(g)
    return mask


def seq_unlikelihood(model, prefix):
    cont, logits = model.generate(prefix)
    probs = F.softmax(logits, -1).gather(-1, cont.unsqueeze(-1)).squeeze(-1)
    mask = repeated_ngram_mask(cont).float()
    return -(torch.log((1 - probs).clamp(min=1e-5)) * mask).sum() / mask.sum().clamp(min=1)


def main():
    torch.manual_seed(0)
    model = LSTMLM()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = torch.randint(0, V, (4, 9))
    for step in range(4):
        model.train()
        logits = model(data[:, :-1])
        mle = F.cross_entropy(logits.reshape(-1, V), data[:, 1:].reshape(-1))
        loss = mle
        if step % 2 == 1:
            loss = loss + 0.5 * seq_unlikelihood(model, data[:, :3])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(step, round(loss.item(), 4))


if __name__ == "__main__":
    main()
