# expect: clean
"""awd-lstm-lm pointer.py: neural cache evaluation over a trained LM; theta/lambdah grid search, no_grad only."""
import torch
import torch.nn as nn
import torch.nn.functional as F

V = 20


class LM(nn.Module):
    def __init__(self):
        super().__init__()
        self.encoder = nn.Embedding(V, 6)
        self.rnn = nn.GRU(6, 9)
        self.decoder = nn.Linear(9, V)

    def forward(self, x, hidden=None, return_h=False):
        out, hidden = self.rnn(self.encoder(x), hidden)
        logits = self.decoder(out)
        return (logits, hidden, out) if return_h else (logits, hidden)


model = LM()
opt = torch.optim.Adam(model.parameters(), 1e-2)
data = torch.randint(0, V, (40, 2))
for i in range(0, 35, 5):
    logits, _ = model(data[i:i + 5])
    loss = F.cross_entropy(logits.view(-1, V), data[i + 1:i + 6].reshape(-1))
    opt.zero_grad(); loss.backward(); opt.step()


def one_hot(idx, size):
    return F.one_hot(idx, size).float()


def evaluate_with_cache(data_source, window=8, theta=0.6, lambdah=0.2):
    model.eval()
    total, hidden = 0.0, None
    next_word_history, pointer_history = None, None
    with torch.no_grad():
        for i in range(0, data_source.size(0) - 1, 5):
            x, y = data_source[i:i + 5], data_source[i + 1:i + 6]
            x = x[: len(y)]
            logits, hidden, rnn_out = model(x, hidden, return_h=True)
            oh = one_hot(y, V)
            next_word_history = oh if next_word_history is None else torch.cat([next_word_history, oh])[-window:]
            pointer_history = rnn_out if pointer_history is None else torch.cat([pointer_history, rnn_out])[-window:]
            for t in range(len(y)):
                p_vocab = F.softmax(logits[t], -1)
                scores = (pointer_history * rnn_out[t]).sum(-1) * theta
                p_ptr = (F.softmax(scores, 0).unsqueeze(-1) * next_word_history).sum(0)
                p = lambdah * p_ptr + (1 - lambdah) * p_vocab
                total += -torch.log(p.gather(-1, y[t].unsqueeze(-1)) + 1e-8).sum().item()
    return total


best = min((evaluate_with_cache(data, theta=t, lambdah=l), t, l) for t in (0.3, 0.6) for l in (0.1, 0.2))
print("best cache config", best)
