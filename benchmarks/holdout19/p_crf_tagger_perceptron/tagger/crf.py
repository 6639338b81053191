"""Linear-chain CRF: sequence scores and Viterbi."""
import torch
import torch.nn as nn


class LinearChainCRF(nn.Module):
    def __init__(self, n_tags):
        super().__init__()
        self.trans = nn.Parameter(torch.zeros(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))

    def score(self, emissions, tags):
        # emissions: B x T x K, tags: B x T
        b = torch.arange(emissions.shape[0])
        s = self.start[tags[:, 0]] + emissions[b, 0, tags[:, 0]]
        for t in range(1, tags.shape[1]):
            s = s + self.trans[tags[:, t - 1], tags[:, t]] + emissions[b, t, tags[:, t]]
        return s

    def viterbi(self, emissions):
        B, T, K = emissions.shape
        score = self.start + emissions[:, 0]
        back = []
        for t in range(1, T):
            total = score.unsqueeze(2) + self.trans.unsqueeze(0)
            score, idx = total.max(1)
            score = score + emissions[:, t]
            back.append(idx)
        best = score.argmax(-1)
        path = [best]
        for idx in reversed(back):
            best = idx.gather(1, best[:, None]).squeeze(1)
            path.append(best)
        return torch.stack(path[::-1], 1)
