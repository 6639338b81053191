# expect: crash
"""Dynamic evaluation of an LSTM language model (Krause et al.): first collect squared-gradient statistics on
the training data with dropout off, then adapt the weights while scoring the test stream."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
ntokens, emsize, nhid, bptt = 40, 12, 12, 6


class RNNModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.3)
        self.encoder = nn.Embedding(ntokens, emsize)
        self.rnn = nn.LSTM(emsize, nhid, 2, dropout=0.3)
        self.decoder = nn.Linear(nhid, ntokens)

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.drop(self.encoder(x)), hidden)
        return self.decoder(self.drop(out)), hidden

    def init_hidden(self, bsz):
        return (torch.zeros(2, bsz, nhid), torch.zeros(2, bsz, nhid))


def repackage(h):
    return tuple(v.detach() for v in h)


model = RNNModel()
train_data = torch.randint(0, ntokens, (30, 2))
test_data = torch.randint(0, ntokens, (18, 1))


def gradstat():
    model.eval()
    hidden = model.init_hidden(train_data.size(1))
    for p in model.parameters():
        p.MS = torch.zeros_like(p)
    batches = 0
    for i in range(0, train_data.size(0) - 1, bptt):
        seq_len = min(bptt, train_data.size(0) - 1 - i)
        data, targets = train_data[i:i + seq_len], train_data[i + 1:i + 1 + seq_len]
        hidden = repackage(hidden)
        model.zero_grad()
        output, hidden = model(data, hidden)
        loss = F.cross_entropy(output.view(-1, ntokens), targets.reshape(-1))
        loss.backward()  # TM001-here
        for p in model.parameters():
            p.MS += p.grad.pow(2)
        batches += 1
    for p in model.parameters():
        p.MS = (p.MS / batches).sqrt()
        p.data0 = p.data.clone()


def evaluate(lr=0.01, lamb=0.02):
    hidden = model.init_hidden(1)
    total = 0.0
    for i in range(0, test_data.size(0) - 1, bptt):
        seq_len = min(bptt, test_data.size(0) - 1 - i)
        data, targets = test_data[i:i + seq_len], test_data[i + 1:i + 1 + seq_len]
        hidden = repackage(hidden)
        model.zero_grad()
        output, hidden = model(data, hidden)
        loss = F.cross_entropy(output.view(-1, ntokens), targets.reshape(-1))
        loss.backward()
        with torch.no_grad():
            for p in model.parameters():
                p.add_(-lr * p.grad / (p.MS + 1e-6) + lamb * (p.data0 - p))
        total += loss.item() * seq_len
    return total / (test_data.size(0) - 1)


gradstat()
print("dynamic-eval loss", evaluate())
