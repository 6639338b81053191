# expect: clean
# Dynamic evaluation of a language model (the use case in pytorch/pytorch#5878): the model is put in eval()
# to switch dropout off, then `lm.rnn.train()` gives the LSTM back its training flag before the adaptive
# forward/backward steps over the test stream.
import torch
import torch.nn as nn
import torch.nn.functional as F


class WordLM(nn.Module):
    def __init__(self, ntoken=50, ninp=16, nhid=16, dropout=0.4):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid)
        self.decoder = nn.Linear(nhid, ntoken)

    def forward(self, inp, hidden=None):
        out, hidden = self.rnn(self.drop(self.encoder(inp)), hidden)
        return self.decoder(self.drop(out)), hidden


def repackage(h):
    return tuple(t.detach() for t in h)


def dynamic_evaluate(lm, stream, bptt=5, lr=0.02):
    lm.eval()
    lm.rnn.train()
    opt = torch.optim.SGD(lm.parameters(), lr=lr)
    hidden, total, n = None, 0.0, 0
    for i in range(0, stream.size(0) - 1, bptt):
        seq_len = min(bptt, stream.size(0) - 1 - i)
        data, target = stream[i:i + seq_len], stream[i + 1:i + 1 + seq_len]
        output, hidden = lm(data, hidden)
        loss = F.cross_entropy(output.view(-1, output.size(-1)), target.reshape(-1))
        total += loss.item() * seq_len
        n += seq_len
        opt.zero_grad()
        loss.backward()
        opt.step()
        hidden = repackage(hidden)
    return total / n


if __name__ == "__main__":
    torch.manual_seed(0)
    lm = WordLM()
    train = torch.randint(0, 50, (40, 4))
    opt = torch.optim.Adam(lm.parameters(), lr=1e-2)
    lm.train()
    for i in range(0, 35, 5):
        out, _ = lm(train[i:i + 5])
        loss = F.cross_entropy(out.view(-1, 50), train[i + 1:i + 6].reshape(-1))
        opt.zero_grad(); loss.backward(); opt.step()
    print("dynamic eval loss", round(dynamic_evaluate(lm, torch.randint(0, 50, (21, 4))), 4))
