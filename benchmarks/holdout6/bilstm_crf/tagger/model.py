"""BiLSTM-CRF sequence tagger with a Viterbi `predict` used for quick span checks."""
import torch
import torch.nn as nn


class BiLSTM_CRF(nn.Module):
    def __init__(self, vocab_size, n_tags, emb=10, hidden=8):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, emb)
        self.lstm = nn.LSTM(emb, hidden, bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(2 * hidden, n_tags)
        self.transitions = nn.Parameter(torch.randn(n_tags, n_tags) * 0.1)

    def _emissions(self, tokens):
        out, _ = self.lstm(self.embed(tokens))
        return self.hidden2tag(out)

    def _log_partition(self, feats):
        alpha = feats[:, 0]
        for t in range(1, feats.size(1)):
            alpha = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + feats[:, t].unsqueeze(1), dim=1)
        return torch.logsumexp(alpha, dim=1)

    def _gold_score(self, feats, tags):
        score = feats.gather(2, tags.unsqueeze(2)).squeeze(2).sum(1)
        score = score + self.transitions[tags[:, :-1], tags[:, 1:]].sum(1)
        return score

    def neg_log_likelihood(self, tokens, tags):
        feats = self._emissions(tokens)
        return (self._log_partition(feats) - self._gold_score(feats, tags)).mean()

    def predict(self, tokens):
        self.eval()
        with torch.no_grad():
            feats = self._emissions(tokens)
            score, back = feats[:, 0], []
            for t in range(1, feats.size(1)):
                best, idx = (score.unsqueeze(2) + self.transitions).max(1)
                back.append(idx)
                score = best + feats[:, t]
            path = [score.argmax(1)]
            for idx in reversed(back):
                path.append(idx.gather(1, path[-1].unsqueeze(1)).squeeze(1))
        return torch.stack(path[::-1], 1)
