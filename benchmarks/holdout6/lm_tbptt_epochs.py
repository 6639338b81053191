# expect: crash
# category: language-model
"""Word-level LSTM language model with truncated BPTT (word_language_model style).

Hidden state is carried across BPTT windows and detached between them; the
validation pass runs after every epoch.
"""
import math
import torch
import torch.nn as nn

torch.manual_seed(0)
VOCAB, EMB, HID, BPTT, BSZ = 50, 12, 16, 6, 4


class RNNModel(nn.Module):
    def __init__(self, ntoken, ninp, nhid, nlayers=2, dropout=0.2):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntoken, ninp)
        self.rnn = nn.LSTM(ninp, nhid, nlayers, dropout=dropout)
        self.decoder = nn.Linear(nhid, ntoken)
        self.nlayers, self.nhid = nlayers, nhid

    def forward(self, inp, hidden):
        emb = self.drop(self.encoder(inp))
        output, hidden = self.rnn(emb, hidden)
        return self.decoder(self.drop(output)), hidden

    def init_hidden(self, bsz):
        w = next(self.parameters())
        return (w.new_zeros(self.nlayers, bsz, self.nhid), w.new_zeros(self.nlayers, bsz, self.nhid))


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    return data[: nbatch * bsz].view(bsz, -1).t().contiguous()


def get_batch(source, i):
    seq_len = min(BPTT, len(source) - 1 - i)
    return source[i:i + seq_len], source[i + 1:i + 1 + seq_len].reshape(-1)


def repackage_hidden(h):
    if isinstance(h, torch.Tensor):
        return h.detach()
    return tuple(repackage_hidden(v) for v in h)


train_data = batchify(torch.randint(0, VOCAB, (200,)), BSZ)
val_data = batchify(torch.randint(0, VOCAB, (60,)), BSZ)
model = RNNModel(VOCAB, EMB, HID)
criterion = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=1.0)


def evaluate(data_source):
    model.eval()
    total = 0.0
    hidden = model.init_hidden(BSZ)
    with torch.no_grad():
        for i in range(0, data_source.size(0) - 1, BPTT):
            data, targets = get_batch(data_source, i)
            output, hidden = model(data, hidden)
            total += len(data) * criterion(output.view(-1, VOCAB), targets).item()
            hidden = repackage_hidden(hidden)
    return total / (len(data_source) - 1)


def train_epoch(epoch):
    hidden = model.init_hidden(BSZ)
    for batch, i in enumerate(range(0, train_data.size(0) - 1, BPTT)):
        data, targets = get_batch(train_data, i)
        hidden = repackage_hidden(hidden)
        optimizer.zero_grad()
        output, hidden = model(data, hidden)
        loss = criterion(output.view(-1, VOCAB), targets)
        loss.backward()  # TM001-here
        torch.nn.utils.clip_grad_norm_(model.parameters(), 0.25)
        optimizer.step()


model.train()
for epoch in range(1, 3):
    train_epoch(epoch)
    val_loss = evaluate(val_data)
    print(f"| end of epoch {epoch} | valid loss {val_loss:.2f} | valid ppl {math.exp(val_loss):.2f}")
