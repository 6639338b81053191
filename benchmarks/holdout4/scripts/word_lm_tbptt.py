# expect: clean
"""word_language_model-style script: batchify, truncated BPTT with hidden-state carry-over, evaluate() per
epoch; train() sets training mode at its start."""
import math
import time

import torch
import torch.nn as nn

torch.manual_seed(0)
ntokens, bptt, clip, lr = 50, 5, 0.25, 5.0


def batchify(data, bsz):
    nbatch = data.size(0) // bsz
    return data[:nbatch * bsz].view(bsz, -1).t().contiguous()


corpus_train = torch.randint(0, ntokens, (120,))
corpus_valid = torch.randint(0, ntokens, (40,))
train_data, val_data = batchify(corpus_train, 4), batchify(corpus_valid, 2)


class RNNModel(nn.Module):
    def __init__(self, rnn_type="GRU", ninp=12, nhid=12, nlayers=2, dropout=0.2, tie_weights=True):
        super().__init__()
        self.drop = nn.Dropout(dropout)
        self.encoder = nn.Embedding(ntokens, ninp)
        self.rnn = getattr(nn, rnn_type)(ninp, nhid, nlayers, dropout=dropout)
        self.decoder = nn.Linear(nhid, ntokens)
        if tie_weights:
            self.decoder.weight = self.encoder.weight
        self.nlayers, self.nhid = nlayers, nhid

    def forward(self, x, hidden):
        out, hidden = self.rnn(self.drop(self.encoder(x)), hidden)
        return self.decoder(self.drop(out)).view(-1, ntokens), hidden

    def init_hidden(self, bsz):
        return torch.zeros(self.nlayers, bsz, self.nhid)


def get_batch(source, i):
    seq_len = min(bptt, len(source) - 1 - i)
    return source[i:i + seq_len], source[i + 1:i + 1 + seq_len].reshape(-1)


model = RNNModel()
criterion = nn.NLLLoss()


def evaluate(data_source):
    model.eval()
    total_loss = 0.0
    hidden = model.init_hidden(data_source.size(1))
    with torch.no_grad():
        for i in range(0, data_source.size(0) - 1, bptt):
            data, targets = get_batch(data_source, i)
            output, hidden = model(data, hidden)
            total_loss += len(data) * criterion(output.log_softmax(-1), targets).item()
    return total_loss / (len(data_source) - 1)


def train():
    model.train()
    hidden = model.init_hidden(train_data.size(1))
    for batch, i in enumerate(range(0, train_data.size(0) - 1, bptt)):
        data, targets = get_batch(train_data, i)
        hidden = hidden.detach()
        model.zero_grad()
        output, hidden = model(data, hidden)
        loss = criterion(output.log_softmax(-1), targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), clip)
        for p in model.parameters():
            p.data.add_(p.grad, alpha=-lr)


for epoch in range(1, 3):
    start = time.time()
    train()
    val_loss = evaluate(val_data)
    print(f"| end of epoch {epoch} | time {time.time() - start:.2f}s | valid ppl {math.exp(val_loss):8.2f}")
