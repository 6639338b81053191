# expect: clean
"""Prefix tuning with a frozen LSTM language model (bird-call syllable sequences): only the prefix vectors learn."""
import torch
import torch.nn as nn

torch.manual_seed(20)
V, E, H = 16, 6, 10


class SyllableLM(nn.Module):
    def __init__(self):
        super().__init__()
        self.emb = nn.Embedding(V, E)
        self.lstm = nn.LSTM(E, H, num_layers=2, dropout=0.0, batch_first=True)
        self.dec = nn.Linear(H, V)

    def forward_embeds(self, e):
        return self.dec(self.lstm(e)[0])


class PrefixTuner(nn.Module):
    def __init__(self, lm, n_prefix=3):
        super().__init__()
        self.lm = lm  # frozen by requires_grad only; LM stays in train mode
        for p in self.lm.parameters():
            p.requires_grad_(False)
        self.prefix = nn.Parameter(torch.randn(n_prefix, E) * 0.1)

    def forward(self, tokens):
        e = self.lm.emb(tokens)
        pre = self.prefix.expand(tokens.size(0), -1, -1)
        logits = self.lm.forward_embeds(torch.cat([pre, e], 1))
        return logits[:, self.prefix.size(0):]


if __name__ == "__main__":
    tuner = PrefixTuner(SyllableLM())
    opt = torch.optim.Adam([tuner.prefix], 1e-2)
    seq = torch.randint(0, V, (4, 9))
    for step in range(2):
        logits = tuner(seq[:, :-1])
        loss = nn.functional.cross_entropy(logits.reshape(-1, V), seq[:, 1:].reshape(-1))
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(step, loss.item())
