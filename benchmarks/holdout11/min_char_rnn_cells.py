# expect: clean
# min-char-rnn ported to torch with explicit cells: generation puts the net in eval, training continues without
# train(), but only nn.GRUCell / nn.Linear are used, so no cuDNN RNN kernel is ever involved.
import torch
import torch.nn as nn
import torch.nn.functional as F

corpus = "abracadabra alakazam " * 6
vocab = sorted(set(corpus))
enc = {c: i for i, c in enumerate(vocab)}


class MinCharRNN(nn.Module):
    def __init__(self, v, h=24):
        super().__init__()
        self.h = h
        self.wxh = nn.Embedding(v, h)
        self.cell = nn.GRUCell(h, h)
        self.why = nn.Linear(h, v)

    def step(self, ix, hprev):
        hnew = self.cell(self.wxh(ix), hprev)
        return self.why(hnew), hnew

    def unroll(self, inputs, hprev):
        outs = []
        for t in range(inputs.size(1)):
            o, hprev = self.step(inputs[:, t], hprev)
            outs.append(o)
        return torch.stack(outs, 1), hprev


def generate(m, seed_ix, n):
    m.eval()
    h = torch.zeros(1, m.h)
    ix = torch.tensor([seed_ix])
    res = []
    with torch.no_grad():
        for _ in range(n):
            o, h = m.step(ix, h)
            ix = torch.multinomial(F.softmax(o, -1), 1).view(1)
            res.append(vocab[ix.item()])
    return "".join(res)


torch.manual_seed(1)
rnn = MinCharRNN(len(vocab))
opt = torch.optim.Adagrad(rnn.parameters(), lr=0.1)
seq_length = 12
hprev = torch.zeros(2, rnn.h)
p = 0
for n in range(8):
    if p + seq_length + 1 >= len(corpus):
        p, hprev = 0, torch.zeros(2, rnn.h)
    inp = torch.tensor([[enc[c] for c in corpus[p + k:p + k + seq_length]] for k in (0, 1)])
    tgt = torch.tensor([[enc[c] for c in corpus[p + k + 1:p + k + seq_length + 1]] for k in (0, 1)])
    out, hprev = rnn.unroll(inp, hprev.detach())
    loss = F.cross_entropy(out.reshape(-1, len(vocab)), tgt.reshape(-1))
    opt.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(rnn.parameters(), 5.0)
    opt.step()
    if n % 4 == 0:
        print(n, round(loss.item(), 3), generate(rnn, enc["a"], 10))
    p += seq_length
print("done")
