# expect: clean
# category: script
"""BiLSTM-CRF sequence tagger (NER), in the style of the PyTorch advanced tutorial and many NER repos."""
import torch
import torch.nn as nn

torch.manual_seed(1)
TAGS = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
VOCAB = 30


class BiLSTM_CRF(nn.Module):
    def __init__(self, vocab, n_tags, emb=8, hidden=12):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden // 2, num_layers=1, bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(hidden, n_tags)
        self.transitions = nn.Parameter(torch.randn(n_tags, n_tags) * 0.1)

    def _features(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.hidden2tag(out)

    def _log_partition(self, feats):
        alpha = feats[:, 0]
        for t in range(1, feats.size(1)):
            alpha = torch.logsumexp(alpha.unsqueeze(2) + self.transitions.unsqueeze(0), dim=1) + feats[:, t]
        return torch.logsumexp(alpha, dim=1)

    def _gold_score(self, feats, tags):
        score = feats.gather(2, tags.unsqueeze(2)).squeeze(2).sum(1)
        score = score + self.transitions[tags[:, :-1], tags[:, 1:]].sum(1)
        return score

    def neg_log_likelihood(self, tokens, tags):
        feats = self._features(tokens)
        return (self._log_partition(feats) - self._gold_score(feats, tags)).mean()

    def forward(self, tokens):  # viterbi decode
        feats = self._features(tokens)
        score, backptrs = feats[:, 0], []
        for t in range(1, feats.size(1)):
            best, idx = (score.unsqueeze(2) + self.transitions.unsqueeze(0)).max(1)
            backptrs.append(idx)
            score = best + feats[:, t]
        path = [score.argmax(1)]
        for idx in reversed(backptrs):
            path.append(idx.gather(1, path[-1].unsqueeze(1)).squeeze(1))
        return torch.stack(path[::-1], 1)


def batches(n=3, bs=4, length=7):
    for _ in range(n):
        yield torch.randint(0, VOCAB, (bs, length)), torch.randint(0, len(TAGS), (bs, length))


model = BiLSTM_CRF(VOCAB, len(TAGS))
optimizer = torch.optim.SGD(model.parameters(), lr=0.05, weight_decay=1e-4)

for epoch in range(2):
    model.train()
    for sentence, tags in batches():
        model.zero_grad()
        loss = model.neg_log_likelihood(sentence, tags)
        loss.backward()
        optimizer.step()
    model.eval()
    with torch.no_grad():
        correct = total = 0
        for sentence, tags in batches(2):
            pred = model(sentence)
            correct += (pred == tags).sum().item()
            total += tags.numel()
    print(f"epoch {epoch} loss {loss.item():.3f} token acc {correct / total:.2f}")
