# expect: crash
# category: scripts
# Dynamic evaluation of a word-level LSTM LM (pytorch#5878 use case): after training, the test set is read
# segment by segment in eval mode and the model takes an SGD step on each segment it has just scored.
import math

import torch
import torch.nn as nn

torch.manual_seed(63)
ntokens, emsize, nhid, nlayers, bptt = 40, 12, 16, 2, 6


class RNNModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.3)
        self.encoder = nn.Embedding(ntokens, emsize)
        self.rnn = nn.LSTM(emsize, nhid, nlayers, dropout=0.3)
        self.decoder = nn.Linear(nhid, ntokens)

    def forward(self, input, hidden):
        output, hidden = self.rnn(self.drop(self.encoder(input)), hidden)
        return self.decoder(self.drop(output)), hidden


def repackage_hidden(h):
    return tuple(v.detach() for v in h)


train_data = torch.randint(0, ntokens, (60, 4))
test_data = torch.randint(0, ntokens, (24, 2))
model = RNNModel()
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1.0)

model.train()
hidden = None
for i in range(0, train_data.size(0) - 1, bptt):
    data, targets = train_data[i:i + bptt], train_data[i + 1:i + 1 + bptt]
    output, hidden = model(data[:len(targets)], hidden)
    hidden = repackage_hidden(hidden)
    loss = criterion(output.view(-1, ntokens), targets.reshape(-1))
    optimizer.zero_grad()
    loss.backward()
    torch.nn.utils.clip_grad_norm_(model.parameters(), 0.25)
    optimizer.step()

# dynamic evaluation
model.eval()
dyn_opt = torch.optim.SGD(model.parameters(), lr=0.02)
total_loss, hidden = 0.0, None
for i in range(0, test_data.size(0) - 1, bptt):
    data, targets = test_data[i:i + bptt], test_data[i + 1:i + 1 + bptt]
    output, hidden = model(data[:len(targets)], hidden)
    hidden = repackage_hidden(hidden)
    loss = criterion(output.view(-1, ntokens), targets.reshape(-1))
    total_loss += loss.item() * len(targets)
    dyn_opt.zero_grad()
    loss.backward()  # TM001-here
    dyn_opt.step()
print("dynamic-eval test ppl", math.exp(total_loss / (test_data.size(0) - 1)))
