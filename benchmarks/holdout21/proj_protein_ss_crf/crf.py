import torch
import torch.nn as nn


class LinearChainCRF(nn.Module):
    def __init__(self, n_tags):
        super().__init__()
        self.trans = nn.Parameter(0.01 * torch.randn(n_tags, n_tags))
        self.start = nn.Parameter(torch.zeros(n_tags))

    def nll(self, emissions, tags):
        b, t, k = emissions.shape
        score = self.start[tags[:, 0]] + emissions[:, 0].gather(1, tags[:, :1]).squeeze(1)
        for i in range(1, t):
            score = score + self.trans[tags[:, i - 1], tags[:, i]] + emissions[:, i].gather(1, tags[:, i:i + 1]).squeeze(1)
        alpha = self.start + emissions[:, 0]
        for i in range(1, t):
            alpha = torch.logsumexp(alpha.unsqueeze(2) + self.trans + emissions[:, i].unsqueeze(1), dim=1)
        return (torch.logsumexp(alpha, 1) - score).mean()

    def viterbi(self, emissions):
        b, t, k = emissions.shape
        v = self.start + emissions[:, 0]
        back = []
        for i in range(1, t):
            s = v.unsqueeze(2) + self.trans
            v, idx = s.max(1)
            v = v + emissions[:, i]
            back.append(idx)
        best = [v.argmax(1)]
        for idx in reversed(back):
            best.append(idx.gather(1, best[-1].unsqueeze(1)).squeeze(1))
        return torch.stack(best[::-1], 1)
