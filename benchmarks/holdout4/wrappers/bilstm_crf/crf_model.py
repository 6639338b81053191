"""BiLSTM-CRF sequence tagger (NER-style): emissions from a BiLSTM, a linear-chain CRF on top."""
import torch
import torch.nn as nn


class BiLSTM_CRF(nn.Module):
    def __init__(self, vocab, n_tags, dim=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, dim)
        self.lstm = nn.LSTM(dim, dim // 2, num_layers=1, bidirectional=True, batch_first=True)
        self.hidden2tag = nn.Linear(dim, n_tags)
        self.transitions = nn.Parameter(torch.randn(n_tags, n_tags) * 0.1)

    def emissions(self, sentences):
        return self.hidden2tag(self.lstm(self.embedding(sentences))[0])

    def _log_partition(self, feats):
        alpha = feats[:, 0]
        for t in range(1, feats.size(1)):
            alpha = torch.logsumexp(alpha.unsqueeze(2) + self.transitions + feats[:, t].unsqueeze(1), dim=1)
        return torch.logsumexp(alpha, dim=1)

    def _gold_score(self, feats, tags):
        score = feats.gather(2, tags.unsqueeze(2)).squeeze(2).sum(1)
        return score + self.transitions[tags[:, :-1], tags[:, 1:]].sum(1)

    def neg_log_likelihood(self, sentences, tags):
        feats = self.emissions(sentences)
        return (self._log_partition(feats) - self._gold_score(feats, tags)).mean()

    def viterbi(self, sentences):
        feats = self.emissions(sentences)
        score, back = feats[:, 0], []
        for t in range(1, feats.size(1)):
            total = score.unsqueeze(2) + self.transitions
            score, idx = total.max(1)
            score = score + feats[:, t]
            back.append(idx)
        best = [score.argmax(1)]
        for idx in reversed(back):
            best.append(idx.gather(1, best[-1].unsqueeze(1)).squeeze(1))
        return torch.stack(best[::-1], 1)
